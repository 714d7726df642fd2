"""wirewatch: open, explainable political event coding."""

__version__ = "0.1.0"
