//! isnad-values
