//! ordner-vault: being written (see ARCHITECTURE.md).
