//! isnad-events
