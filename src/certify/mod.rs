//! Rigorous engines, one per claim kind.

pub mod critical;
