//! ordner-pdf: being written (see ARCHITECTURE.md).
