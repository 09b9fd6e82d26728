"""The gallery: a normal git repository of prototypes. The only package that touches git.

* :mod:`~protogen.gallery.repo` opens (and creates) a gallery and checks it is safe to
  change;
* :mod:`~protogen.gallery.transaction` changes it atomically, and
  :mod:`~protogen.gallery.recovery` finishes or undoes a change that was killed;
* :mod:`~protogen.gallery.records` reads the prototypes' records, on disk and committed;
* :mod:`~protogen.gallery.gitcmd` runs git, :mod:`~protogen.gallery.gitlocks` waits for
  git's own locks, and :mod:`~protogen.gallery.lock` is protogen's lock.
"""

from protogen.gallery.records import PROTOTYPES
from protogen.gallery.repo import Gallery, default_gallery_path

__all__ = ["PROTOTYPES", "Gallery", "default_gallery_path"]
