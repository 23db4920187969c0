"""The system packages the frozen Linux bundle needs, checked against the bundle itself.

    python3 packaging/linux/deb_depends.py build/dist/ingram-desk          # check, print Depends
    python3 packaging/linux/deb_depends.py --list                          # just the list

``DEPENDS`` is the reviewed list that goes into the .deb's control file and the README. The check
runs ``ldd`` (with the bundle's own folder on the library path, as the PyInstaller bootloader
sets it) over every ELF file in the bundle, maps each library taken from the system to its
Debian package with ``dpkg -S``, and fails when one is not found on the build machine or its
package is missing from ``DEPENDS`` (packages of priority "required" are always present). So a
Qt upgrade that needs a new system library fails the build instead of a user's first start.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: Debian 12 / Ubuntu 22.04+ package names (t64 renames on Ubuntu 24.04 are Provides-compatible)
DEPENDS = (
    # Qt's xcb platform plugin (X11 and XWayland); icccm4 and keysyms1 are the ones a desktop
    # without Qt apps most often lacks, though Qt's message names only cursor0
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-randr0",
    "libxcb-render-util0", "libxcb-render0", "libxcb-shape0", "libxcb-shm0", "libxcb-sync1",
    "libxcb-xfixes0", "libxcb-xkb1", "libxcb-util1", "libxcb-glx0", "libxcb1",
    "libx11-6", "libx11-xcb1", "libxext6", "libxrender1", "libxau6", "libxdmcp6",
    "libxkbcommon0", "libxkbcommon-x11-0",
    # Wayland platform plugin
    "libwayland-client0", "libwayland-cursor0", "libwayland-egl1",
    # OpenGL/EGL through glvnd, fonts, D-Bus (accessibility, portals)
    "libegl1", "libgl1", "libglx0", "libglvnd0", "libopengl0", "libfontconfig1", "libfreetype6",
    "libdbus-1-3",
    # what the bundled Python and Qt libraries link against from the base system
    "libc6", "libstdc++6", "libgcc-s1", "zlib1g", "libbz2-1.0", "liblzma5", "libzstd1",
    "libexpat1", "libpng16-16", "libbrotli1", "libsystemd0", "libcap2", "libgcrypt20",
    "libgpg-error0", "liblz4-1", "libselinux1", "libpcre2-8-0", "libmount1", "libblkid1",
    "libffi8", "libuuid1", "libbsd0", "libmd0", "libdrm2", "libcrypt1",
)  # fmt: skip
#: offered, not required: the system keyring (else secrets are session-only), fonts
RECOMMENDS = ("gnome-keyring | kwalletmanager | keepassxc", "fonts-dejavu-core")


def elf_files(root: Path) -> list[Path]:
    out = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def system_libraries(root: Path) -> tuple[set[str], set[str]]:
    """(paths of system libraries used, names ldd could not find)."""
    env = {**os.environ, "LD_LIBRARY_PATH": str(root / "_internal")}
    used: set[str] = set()
    missing: set[str] = set()
    for path in elf_files(root):
        proc = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in proc.stdout.splitlines():
            name, _, rest = line.strip().partition(" => ")
            target = rest.split(" (")[0].strip()
            if target == "not found":
                missing.add(name)
            elif target.startswith("/") and not target.startswith(str(root)):
                used.add(target)
    return used, missing


def package_of(path: str) -> str | None:
    candidates = [path, os.path.realpath(path)]
    for c in list(candidates):
        if c.startswith("/usr/lib/"):
            candidates.append(c[len("/usr") :])
        elif c.startswith("/lib/"):
            candidates.append("/usr" + c)
    for c in candidates:
        proc = subprocess.run(["dpkg", "-S", c], capture_output=True, text=True)
        if proc.returncode == 0:
            return proc.stdout.split(":")[0].strip()
    return None


def required_priority(package: str) -> bool:
    proc = subprocess.run(
        ["dpkg-query", "-W", "-f=${Priority}", package], capture_output=True, text=True
    )
    return proc.stdout.strip() == "required"


def check(root: Path) -> list[str]:
    used, missing = system_libraries(root)
    problems = [f"{name}: not found on this machine (install it, then map it)" for name in missing]
    for path in sorted(used):
        package = package_of(path)
        if package is None:
            problems.append(f"{path}: belongs to no Debian package")
        elif package not in DEPENDS and not required_priority(package):
            problems.append(f"{path}: package {package} is missing from DEPENDS")
    return problems


def main(argv: list[str]) -> int:
    if argv[:1] == ["--list"]:
        print(" ".join(DEPENDS))
        return 0
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    problems = check(Path(argv[0]).resolve())
    for p in problems:
        print(f"deb_depends: {p}", file=sys.stderr)
    if problems:
        return 1
    print(", ".join(DEPENDS))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
