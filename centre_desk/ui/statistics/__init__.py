"""The ministry's half-year statistics: the figures, the rows behind them, charts and export."""
