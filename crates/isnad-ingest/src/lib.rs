//! isnad-ingest
