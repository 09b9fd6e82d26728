"""``python -m protogen`` runs the same CLI as the ``protogen`` script."""

from protogen.cli import main

main()
