"""The shared toolkit every feature builds on: buttons, forms, choice boxes, dates,
step dialogs, modal hooks, labels, messages, long work, list models and translations."""
