//! isnad-entities
