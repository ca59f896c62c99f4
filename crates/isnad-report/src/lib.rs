//! isnad-report
