"""Across articles: merged events, stories and their timelines."""
