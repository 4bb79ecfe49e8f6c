"""A group's shared folder: the workshop (`workshop`) and the counselor's report over the
results saved there (`report`)."""
