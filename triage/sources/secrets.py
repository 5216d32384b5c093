"""Source credentials live in the operating system's keyring, never in the database.

Where no keyring backend exists (a headless server, a bare container) the app says so and accepts
one explicit, documented alternative: an environment variable per source, read at poll time and
never written anywhere. It never falls back to storing a secret in plain text by itself.
"""

from __future__ import annotations

import contextlib
import os
import re

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

SERVICE = "webcare-triage"
ENV_PREFIX = "TRIAGE_SECRET_"


class SecretUnavailable(Exception):
    """No keyring to keep a secret in (or read it from), with what to do about it."""


def env_name(source: str) -> str:
    """TRIAGE_SECRET_ plus the source name in capitals, other characters as underscores."""
    return ENV_PREFIX + re.sub(r"[^A-Z0-9]+", "_", source.upper()).strip("_")


def _backend() -> KeyringBackend | None:
    backend = keyring.get_keyring()
    # The fail backend and a chainer with nothing behind it both have a priority below 1.
    try:
        usable = float(backend.priority) > 0
    except Exception:  # a backend that cannot tell is not usable
        usable = False
    return backend if usable else None


def keyring_available() -> bool:
    return _backend() is not None


def keyring_name() -> str:
    backend = _backend()
    return type(backend).__name__ if backend is not None else ""


def no_keyring_message(source: str) -> str:
    return (
        f"No system keyring is available to keep the secret of source '{source}'. "
        "Install and unlock one (GNOME Keyring or KWallet on Linux, the macOS Keychain, "
        f"Windows Credential Locker), or set the environment variable {env_name(source)} "
        "before starting the app."
    )


def store(source: str, secret: str) -> None:
    backend = _backend()
    if backend is None:
        raise SecretUnavailable(no_keyring_message(source))
    try:
        backend.set_password(SERVICE, f"source:{source}", secret)
    except keyring.errors.KeyringError as error:
        raise SecretUnavailable(
            f"The keyring refused to store the secret of source '{source}': {type(error).__name__}."
        ) from None


def load(source: str) -> str:
    """The secret, from the environment variable when set, else the keyring; '' when none."""
    from_env = os.environ.get(env_name(source))
    if from_env:
        return from_env
    backend = _backend()
    if backend is None:
        return ""
    try:
        return backend.get_password(SERVICE, f"source:{source}") or ""
    except keyring.errors.KeyringError:
        return ""


def delete(source: str) -> None:
    backend = _backend()
    if backend is None:
        return
    with contextlib.suppress(keyring.errors.KeyringError):  # nothing stored, or already gone
        backend.delete_password(SERVICE, f"source:{source}")


def rename(old: str, new: str) -> None:
    secret = load(old)
    if secret and not os.environ.get(env_name(old)):
        store(new, secret)
        delete(old)
