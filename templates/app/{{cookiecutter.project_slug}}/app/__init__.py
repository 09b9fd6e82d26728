"""{{ cookiecutter.project_slug }}: a clickable prototype made with protogen.

The copy lives in ``brief.json`` and reaches the pages as data, autoescaped.
"""
