"""Servers that are not an LLM, or not quite an OpenAI-compatible one (issue 7, items 11-13).

Each test points the real, unpatched SDK at the fake server on 127.0.0.1 scripted to
misbehave, runs ``protogen new`` as a process against a gallery that already holds one
prototype, and checks what the user gets: exit 1 and one line that says what was wrong
(no traceback), the gallery exactly as it was, and no reply format remembered for a server
that never produced a valid Brief.
"""

from __future__ import annotations

import json

import pytest

from .conftest import HABIT
from .fake_openai import FakeOpenAI
from .llm_support import Seeded, brief_dict, brief_json, llm_env, mode_cache, record


@pytest.fixture
def fake():
    server = FakeOpenAI()
    yield server
    server.close()


@pytest.fixture
def seeded(protogen, gallery, env):
    return Seeded(protogen, gallery, env)


@pytest.fixture
def llm(protogen, fake, gallery):
    def run(*args, extra=None, **kw):
        env = llm_env(fake, **(extra or {}))
        return protogen("new", HABIT, "--gallery", str(gallery), "--json", *args, extra_env=env)

    return run


# -- item 11: a reply that is not really a Brief ---------------------------------------
HTML_PAGE = b"<!DOCTYPE html><html><head><title>Welcome</title></head><body>Hi</body></html>"


@pytest.mark.parametrize(
    ("step", "says"),
    [
        ({"body": HTML_PAGE, "content_type": "text/html"}, "an HTML page"),
        ({"body": b"Hello! I am a friendly server.", "content_type": "text/plain"}, "text/plain"),
        ({"body": b"just words", "content_type": ""}, "not an OpenAI event stream"),
    ],
    ids=["html-page-200", "prose-text-plain", "no-content-type"],
)
def test_a_server_that_is_not_an_api(llm, fake, seeded, step, says):
    fake.enqueue(*[step] * 6)
    r = llm()
    line = seeded.assert_failed_cleanly(r, says=(says, "OPENAI_BASE_URL", "/v1"))
    assert fake.root.split("//")[1] in line  # names the endpoint
    assert len(fake.requests) == 1  # not re-asked, not retried: it is not an LLM


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("I am a helpful assistant. Here is a great brief for you!", "which began: 'I am"),
        ("", "which was empty"),
        ("[1, 2, 3]", "no JSON object"),
        ('{"answer": "ok", "id": 7}', "none of the Brief's fields"),
        ('[{"title": "a list of things"}]', "none of the Brief's fields"),
    ],
    ids=["prose", "empty-stream", "json-array", "json-without-brief-keys", "array-of-objects"],
)
def test_a_reply_that_is_not_a_brief_fails(llm, fake, seeded, content, says):
    fake.enqueue(*[{"content": content}] * 4)
    r = llm()
    line = seeded.assert_failed_cleanly(
        r, says=("not a usable Brief", "21 of the Brief's 21 fields", says, "--allow-fallback")
    )
    assert "fake-model" in line
    assert len(fake.requests) == 2  # asked, re-asked once


def test_the_re_ask_puts_the_schema_in_the_prompt_when_it_was_ignored(llm, fake, seeded, env):
    """A server that ignores response_format never sees the schema: the re-ask shows it."""
    fake.enqueue({"content": "Sure, here is a brief: a great app."}, {"content": brief_json()})
    r = llm()
    assert r.code == 0, r.err
    first, second = fake.requests
    assert first["response_format"]["type"] == "json_schema"
    assert "response_format" not in second
    assert '"features"' in second["messages"][1]["content"]  # the schema, in the prompt
    assert record(seeded.gallery, r)["writer_meta"]["response_format"] == "prompt"
    assert [v["mode"] for v in mode_cache(env).values()] == ["prompt"]  # valid: remembered


def test_allow_fallback_keeps_the_offline_prototype_and_remembers_nothing(llm, fake, seeded, env):
    fake.enqueue(*[{"content": "No JSON from me."}] * 2)
    r = llm("--allow-fallback")
    assert r.code == 0, r.err
    rec = record(seeded.gallery, r)
    assert rec["writer"] == "openai+offline-fallback"
    assert len(rec["writer_meta"]["fallback_fields"]) == 21
    assert "Warning" in r.err
    assert mode_cache(env) == {}


@pytest.mark.parametrize(
    "how",
    ["env", "toml"],
)
def test_allow_fallback_from_the_environment_or_protogen_toml(llm, fake, seeded, how):
    fake.enqueue(*[{"content": "No JSON from me."}] * 2)
    extra = {}
    if how == "env":
        extra["PROTOGEN_ALLOW_FALLBACK"] = "1"
    else:
        (seeded.gallery / "protogen.toml").write_text("allow_fallback = true\n")
    r = llm(extra=extra)
    assert r.code == 0, r.err
    assert r.json["writer"] == "openai+offline-fallback"


def test_the_core_fields_decide_even_when_few_fields_fell_back(llm, fake, seeded):
    """Name, tagline and subhead invalid: only 3 of 21 fields, but the page's headline
    copy would be the offline writer's."""
    bad = brief_json(name="", tagline="", subhead="")
    fake.enqueue({"content": bad}, {"content": bad})
    r = llm()
    seeded.assert_failed_cleanly(r, says=("3 of its 5 core fields (name, tagline, subhead)",))


def test_two_core_fields_from_the_offline_writer_are_still_the_models_prototype(llm, fake, seeded):
    bad = brief_json(subhead="", features=[])
    fake.enqueue({"content": bad}, {"content": bad})
    r = llm()
    assert r.code == 0, r.err
    assert set(record(seeded.gallery, r)["writer_meta"]["fallback_fields"]) == {
        "subhead",
        "features",
    }


def test_more_than_half_of_the_fields_missing_fails(llm, fake, seeded):
    full = brief_dict()
    keep = ["name", "tagline", "subhead", "problem", "features", "audience", "persona", "cta"]
    keep += ["steps", "faq"]
    partial = json.dumps({k: full[k] for k in keep})  # 11 of 21 missing
    fake.enqueue({"content": partial}, {"content": partial})
    r = llm()
    seeded.assert_failed_cleanly(r, says=("11 of the Brief's 21 fields",))


@pytest.mark.parametrize(
    "content",
    [
        json.dumps({"brief": brief_dict()}),
        json.dumps([brief_dict()]),
        'Here you go: {"note": "draft"} and the brief: ' + brief_json(),
    ],
    ids=["wrapped-in-an-object", "wrapped-in-an-array", "after-another-object"],
)
def test_a_brief_in_the_wrong_wrapping_is_still_found(llm, fake, seeded, content):
    fake.enqueue({"content": content})
    r = llm()
    assert r.code == 0, r.err
    rec = record(seeded.gallery, r)
    assert rec["writer"] == "openai" and rec["brief"]["name"] == "Streakly"
    assert len(fake.requests) == 1


def test_a_server_that_ignores_stream_and_sends_one_completion(llm, fake, seeded, env):
    fake.enqueue({"json_completion": True, "content": brief_json()})
    r = llm()
    assert r.code == 0, r.err
    rec = record(seeded.gallery, r)
    assert rec["writer"] == "openai" and rec["writer_meta"]["tokens_in"] == 321
    assert [v["mode"] for v in mode_cache(env).values()] == ["json_schema"]


def test_a_remembered_mode_that_now_fails_is_not_kept_as_good(llm, fake, seeded, env):
    fake.enqueue({"content": brief_json()})
    assert llm().code == 0
    assert len(mode_cache(env)) == 1

    def refuses_json_schema(body):
        if (body.get("response_format") or {}).get("type") == "json_schema":
            return {"status": 400, "error": "response_format json_schema is not supported"}
        return {"content": "plain words, no JSON"}

    fake.enqueue(*[refuses_json_schema] * 6)
    r = llm()
    assert r.code == 1 and "not a usable Brief" in r.err
    assert mode_cache(env) == {}  # json_schema was refused, json_object gave no Brief


# -- item 12: bytes and framing that are not an OpenAI stream --------------------------
@pytest.mark.parametrize(
    ("step", "says"),
    [
        (
            {"sse": b'data: {"choices": [{"index": 0, "delta": {"content": "\xff\xfe"}}]}\n\n'},
            "not UTF-8",
        ),
        ({"body": b"\xff\xfe\x00\x81 binary", "content_type": "text/event-stream"}, "not UTF-8"),
        ({"body": b"\x89PNG\r\n\x1a\n\xff", "content_type": "application/json"}, "not UTF-8"),
        ({"sse": b"data: {not json\n\n"}, "not JSON"),
        ({"body": b'{"id": 1, "result": "ok"}', "content_type": "application/json"}, "not a chat"),
        (
            {
                "status": 502,
                "body": b"<html><head><title>502 Bad Gateway</title></head></html>",
                "content_type": "text/html",
            },
            "an HTML page ('502 Bad Gateway')",
        ),
        (
            {"status": 503, "body": b"\xff\xfe upstream \x80", "content_type": "text/plain"},
            "not UTF-8 text",
        ),
        (
            {"sse": b'data: {"error": {"message": "the model crashed"}}\n\n'},
            "reported an error in its reply: the model crashed",
        ),
    ],
    ids=[
        "bad-utf8-in-an-event",
        "bad-utf8-event-stream",
        "bad-utf8-json",
        "broken-sse-json",
        "json-but-not-a-completion",
        "html-error-page",
        "bad-utf8-error-body",
        "error-event-mid-stream",
    ],
)
def test_a_malformed_stream_is_one_line_naming_the_endpoint(llm, fake, seeded, step, says):
    fake.enqueue(*[step] * 8)
    r = llm(extra={"PROTOGEN_RETRIES": "1"})
    line = seeded.assert_failed_cleanly(r, says=(says,))
    assert fake.root.split("//")[1] in line


def test_chunks_of_the_wrong_shape_do_not_crash(llm, fake, seeded):
    odd = (
        b'data: {"choices": "oops"}\n\ndata: [1, 2]\n\ndata: "text"\n\n'
        b'data: {"choices": [{"delta": {"content": 5}}, null]}\n\ndata: [DONE]\n\n'
    )
    fake.enqueue({"sse": odd}, {"sse": odd})
    r = llm()
    seeded.assert_failed_cleanly(r, says=("not a usable Brief", "which was empty"))


# -- item 13: a 404 is a wrong base URL or an unknown model ----------------------------
@pytest.mark.parametrize("suffix", ["", "/api", "/v1/chat"])
def test_a_wrong_base_path_says_check_the_base_url(protogen, fake, seeded, suffix):
    env = llm_env(fake, OPENAI_BASE_URL=fake.root + suffix)
    r = protogen("new", HABIT, "--gallery", str(seeded.gallery), extra_env=env)
    line = seeded.assert_failed_cleanly(r, says=("OPENAI_BASE_URL", "/v1", "404"))
    assert "was not found" not in line and "fake-model" not in line
    assert fake.requests == []  # nothing reached the real endpoint
    assert any(p.startswith("GET ") and p.endswith("/models") for p in fake.paths)


def test_an_unknown_model_lists_the_servers_models(llm, fake, seeded):
    fake.models = [f"model-{i:02d}" for i in range(12)]
    fake.enqueue({"status": 404, "error": "model 'nope' not found"})
    r = llm("--model", "nope")
    line = seeded.assert_failed_cleanly(r, says=("Model 'nope' was not found", "--model"))
    assert "model-00, model-01" in line and "and 4 more" in line and "PROTOGEN_MODEL" in line
    assert "OPENAI_BASE_URL" not in line


def test_a_server_with_no_models_says_so(llm, fake, seeded):
    fake.models = []
    fake.enqueue({"status": 404, "error": "model not found"})
    r = llm()
    seeded.assert_failed_cleanly(r, says=("lists no models",))


def test_a_404_for_a_listed_model_is_not_called_unknown(llm, fake, seeded):
    fake.enqueue({"status": 404, "error": "no such route"})
    r = llm()
    line = seeded.assert_failed_cleanly(r, says=("lists model 'fake-model'", "no such route"))
    assert "was not found" not in line
