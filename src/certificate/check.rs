//! Independent checker (placeholder).
