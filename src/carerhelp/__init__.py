"""CarerHelp: helps unpaid carers in the UK claim the rights and money the law gives them."""

__version__ = "0.1.0"
