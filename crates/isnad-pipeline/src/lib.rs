//! isnad-pipeline
