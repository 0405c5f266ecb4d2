"""Annotation layers over the article text: times (and, from other modules, entities, events)."""
