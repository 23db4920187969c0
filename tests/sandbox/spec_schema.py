"""Ingram's official OpenAPI response schemas as JSON Schema, for validating sandbox answers.

``$ref``s are inlined; OpenAPI 3.0 ``nullable: true`` becomes ``type: [T, "null"]``. With
``strict=True`` every object that declares properties also gets ``additionalProperties: false``,
so a misspelt or invented field fails validation instead of slipping through.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import jsonschema

SPEC_DIR = Path(__file__).parent / "spec"
LATEST, SPEC_2024 = "ingram-openapi-latest.json", "ingram-openapi-2024-02-16.json"


@functools.cache
def spec(name: str = LATEST) -> dict[str, Any]:
    return json.loads((SPEC_DIR / name).read_text(encoding="utf-8"))


def _resolve(node: Any, root: dict[str, Any], strict: bool, depth: int = 0) -> Any:
    if depth > 40:
        raise RecursionError("schema nesting too deep (recursive $ref?)")
    if isinstance(node, list):
        return [_resolve(n, root, strict, depth + 1) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        target: Any = root
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        return _resolve(target, root, strict, depth + 1)
    out = {k: _resolve(v, root, strict, depth + 1) for k, v in node.items() if k != "example"}
    if out.pop("nullable", False) and "type" in out:
        out["type"] = [out["type"], "null"]
    for key in ("format", "examples", "xml", "discriminator", "readOnly", "writeOnly"):
        out.pop(key, None)
    if strict and "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    return out


def response_schema(
    path: str, method: str, status: int, strict: bool = True, name: str = LATEST
) -> dict[str, Any]:
    root = spec(name)
    op = root["paths"][path][method.lower()]
    response = op["responses"][str(status)]
    while "$ref" in response:
        response = _resolve(response, root, False)
    content = response["content"]
    media = content.get("application/json") or next(iter(content.values()))
    return _resolve(copy.deepcopy(media["schema"]), root, strict)


@functools.cache
def _validator(
    path: str, method: str, status: int, strict: bool, name: str
) -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(response_schema(path, method, status, strict, name))


def validate(
    payload: Any, path: str, method: str, status: int, strict: bool = True, spec_name: str = LATEST
) -> None:
    """Raise jsonschema.ValidationError if ``payload`` breaks the official schema."""
    _validator(path, method, status, strict, spec_name).validate(payload)
