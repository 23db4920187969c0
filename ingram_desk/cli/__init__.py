"""The `ingram-desk` command line: global options, subcommand registry, GUI by default."""
