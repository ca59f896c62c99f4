//! isnad-clean
