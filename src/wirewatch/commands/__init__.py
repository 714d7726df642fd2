"""CLI commands by area. Each module has `register(sub, eval_sub)`; see wirewatch.cli.COMMAND_MODULES."""
