"""The one package that wires edges together: fetch or read -> extract -> store -> rebuild."""
