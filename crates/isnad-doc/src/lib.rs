//! isnad-doc
