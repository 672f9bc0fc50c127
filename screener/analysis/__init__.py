"""Pure analysis: language, polarity, negativity rules, identity and network. No I/O, no Flask."""
