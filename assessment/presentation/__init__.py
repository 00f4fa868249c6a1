"""One presentation of an outcome for every face (see `present`)."""
