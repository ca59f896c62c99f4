//! isnad-attribution
