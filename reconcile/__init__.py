"""reconcile: who said what across several accounts of one event, laid side by side."""

__version__ = "0.1.0"
