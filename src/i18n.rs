//! Every UI string in Dutch and English.
