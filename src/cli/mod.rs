//! The command-line commands.
