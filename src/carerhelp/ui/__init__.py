"""The desktop app: PySide6 windows and widgets fed by the domain, storage and letters rooms."""
