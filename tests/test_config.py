"""protogen.toml is checked as a whole, and secrets are refused for what they are
(issue 7, item 15); settings keep their order: flag > environment > protogen.toml > default.

The table-driven cases call :func:`protogen.config.gallery_config` on real files; the
end-to-end cases run ``protogen new`` and check the exit code, the one line and that the
gallery is unchanged.
"""

from __future__ import annotations

import pytest

from protogen.config import DEFAULT_TIMEOUT, gallery_config, llm_settings
from protogen.errors import ConfigError

from .conftest import HABIT
from .fake_openai import FakeOpenAI
from .llm_support import KEY, Seeded, brief_json, llm_env, record


def load(tmp_path, text: str) -> dict:
    (tmp_path / "protogen.toml").write_text(text, encoding="utf-8")
    return gallery_config(tmp_path)


def refused(tmp_path, text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_every_documented_setting_is_accepted(tmp_path):
    text = (
        'writer = "openai"\nmodel = "llama3.1"\nbase_url = "http://localhost:11434/v1"\n'
        'template = "landing"\npalette = "forest"\ntone = "bold"\ntimeout = 90\n'
        "retries = 2\nmax_tokens = 2048\nstrict = false\nallow_fallback = true\n"
    )
    data = load(tmp_path, text)
    assert data["max_tokens"] == 2048 and data["allow_fallback"] is True
    assert load(tmp_path, "timeout = 2.5\n")["timeout"] == 2.5


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("template = [1, 2]\n", "line 1: 'template' must be a string, not an array"),
        ('tone = "bold"\n\ntemplate = [1, 2]\n', "line 3: 'template' must be a string"),
        ("palette = 3\n", "line 1: 'palette' must be a string, not an integer"),
        ('model = ""\n', "line 1: 'model' must not be empty"),
        ("[template]\nname = 'x'\n", "line 1: 'template' must be a string, not a table"),
        ('timeout = "fast"\n', "line 1: 'timeout' must be a number, not a string"),
        ("timeout = 0\n", "line 1: 'timeout' must be between 1 and 3600 seconds, not 0"),
        ("timeout = true\n", "'timeout' must be a number, not a boolean"),
        ("retries = 2.5\n", "'retries' must be a whole number, not 2.5"),
        ("retries = 11\n", "'retries' must be between 0 and 10, not 11"),
        ("max_tokens = 10\n", "'max_tokens' must be between 256 and 65536, not 10"),
        ('strict = "yes"\n', "'strict' must be true or false, not a string"),
        ("allow_fallback = 1\n", "'allow_fallback' must be true or false, not an integer"),
        ('tone = "grumpy"\n', "'tone' must be one of friendly, bold, formal"),
        ('writer = "gpt"\n', "'writer' must be one of offline, openai"),
        ('base_url = "localhost:11434"\n', "'base_url' must start with http:// or https://"),
        ("when = 1979-05-27\n", "unknown setting 'when'"),
        ("temeout = 5\n", "unknown setting 'temeout' (did you mean 'timeout'?)"),
        ("[llm]\nmodel = 'x'\n", "line 1: unknown setting 'llm'"),
    ],
)
def test_a_wrong_value_names_the_key_and_its_line(tmp_path, text, says):
    assert says in refused(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('model = "a"\ntone = \n', 2),
        ('model = "a"\nmodel = "b"\n', 2),
        ('template = "landing\n', 1),
        ("retries = 3\n\n[[x]\n", 3),
    ],
)
def test_a_toml_syntax_error_names_the_line(tmp_path, text, line):
    message = refused(tmp_path, text)
    assert f"protogen.toml line {line}: not valid TOML" in message


def test_a_file_that_is_not_utf8(tmp_path):
    (tmp_path / "protogen.toml").write_bytes(b'model = "a"\ntone = "\xff"\n')
    with pytest.raises(ConfigError, match="line 2: not UTF-8"):
        gallery_config(tmp_path)


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        (f'api_key = "{KEY}"\n', "api_key", 1),
        ('model = "x"\ntoken = "abc123"\n', "token", 2),
        ('key = "abc"\n', "key", 1),
        ('access_token = "abc"\n', "access_token", 1),
        ('openai_api_key = "abc"\n', "openai_api_key", 1),
        ('password = "hunter2"\n', "password", 1),
        ('client_secret = "abc"\n', "client_secret", 1),
        ('Authorization = "Bearer abc"\n', "Authorization", 1),
        ('auth = "abc"\n', "auth", 1),
        ('tone = "bold"\n[openai]\napi_key = "abc"\n', "api_key", 3),
        ('openai.api_key = "abc"\n', "api_key", 1),
        (f'model = "{KEY}"\n', "model", 1),
        ('model = "gpt"\npalette = "gsk_0123456789abcdefghij"\n', "palette", 2),
        ('base_url = "https://me:hunter2@llm.example.com/v1"\n', "base_url", 1),
    ],
)
def test_secrets_are_refused_for_what_they_are(tmp_path, text, key, line):
    message = refused(tmp_path, text)
    assert f"line {line}: '{key}' looks like a secret" in message
    assert "OPENAI_API_KEY" in message
    for secret in (KEY, "abc123", "hunter2", "gsk_0123"):
        assert secret not in message


@pytest.mark.parametrize(
    "text",
    [
        "max_tokens = 1024\n",
        'model = "tokenizer-test"\n',
        'palette = "sky-blue"\n',
        'model = "skill-writer"\n',
        'base_url = "https://llm.example.com/v1"\n',
    ],
)
def test_settings_that_merely_mention_tokens_or_keys_are_not_secrets(tmp_path, text):
    assert load(tmp_path, text)


# -- the order of settings ------------------------------------------------------------
@pytest.fixture
def clean_env(monkeypatch):
    for name in (
        "PROTOGEN_TIMEOUT",
        "PROTOGEN_RETRIES",
        "PROTOGEN_MAX_TOKENS",
        "PROTOGEN_STRICT",
        "PROTOGEN_ALLOW_FALLBACK",
        "PROTOGEN_MODEL",
        "OPENAI_API_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    return monkeypatch


def test_flag_then_environment_then_protogen_toml_then_default(clean_env):
    config = {"timeout": 30, "allow_fallback": True, "max_tokens": 1024, "retries": 1}
    s = llm_settings(config)
    assert (s.timeout, s.allow_fallback, s.max_tokens, s.retries) == (30, True, 1024, 1)
    clean_env.setenv("PROTOGEN_TIMEOUT", "20")
    clean_env.setenv("PROTOGEN_ALLOW_FALLBACK", "0")
    clean_env.setenv("PROTOGEN_RETRIES", "0")
    s = llm_settings(config)
    assert (s.timeout, s.allow_fallback, s.retries) == (20, False, 0)
    s = llm_settings(config, timeout=10, allow_fallback=True)
    assert (s.timeout, s.allow_fallback) == (10, True)
    clean_env.delenv("PROTOGEN_TIMEOUT")
    assert llm_settings({}).timeout == DEFAULT_TIMEOUT


@pytest.mark.parametrize(
    ("name", "value", "says"),
    [
        ("PROTOGEN_TIMEOUT", "abc", "PROTOGEN_TIMEOUT must be a number of seconds, not 'abc'"),
        ("PROTOGEN_TIMEOUT", "0", "PROTOGEN_TIMEOUT must be between 1 and 3600 seconds"),
        ("PROTOGEN_TIMEOUT", "nan", "PROTOGEN_TIMEOUT must be between"),
        ("PROTOGEN_RETRIES", "2.5", "PROTOGEN_RETRIES must be a whole number, not '2.5'"),
        ("PROTOGEN_MAX_TOKENS", "lots", "PROTOGEN_MAX_TOKENS must be a whole number"),
        ("PROTOGEN_STRICT", "maybe", "PROTOGEN_STRICT must be 1 or 0"),
        ("PROTOGEN_ALLOW_FALLBACK", "sure", "PROTOGEN_ALLOW_FALLBACK must be 1 or 0"),
        ("OPENAI_BASE_URL", "localhost:11434", "OPENAI_BASE_URL must start with http://"),
    ],
)
def test_a_bad_environment_variable_is_named(clean_env, name, value, says):
    clean_env.setenv(name, value)
    with pytest.raises(ConfigError, match=says.replace("(", r"\(")):
        llm_settings({})


# -- end to end -----------------------------------------------------------------------
@pytest.fixture
def fake():
    server = FakeOpenAI()
    yield server
    server.close()


def test_max_tokens_in_protogen_toml_reaches_the_request(protogen, gallery, env, fake):
    """The issue's case: the README documents max_tokens, yet it was refused as a token."""
    Seeded(protogen, gallery, env)
    (gallery / "protogen.toml").write_text("max_tokens = 1024\ntimeout = 30\n")
    fake.enqueue({"content": brief_json()})
    r = protogen("new", HABIT, "--gallery", str(gallery), "--json", extra_env=llm_env(fake))
    assert r.code == 0, r.err
    assert fake.requests[0]["max_tokens"] == 1024
    assert record(gallery, r)["writer"] == "openai"


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("template = [1, 2]\n", "protogen.toml line 1: 'template' must be a string, not an array"),
        ('# now\napi_key = "sk-typed-in-0123456789"\n', "protogen.toml line 2: 'api_key' looks"),
        ('tone = "bold"\nstrict = maybe\n', "protogen.toml line 2: not valid TOML"),
    ],
    ids=["array-template", "api-key", "syntax"],
)
def test_a_bad_protogen_toml_stops_new_with_one_line(protogen, gallery, env, text, says):
    seeded = Seeded(protogen, gallery, env)
    (gallery / "protogen.toml").write_text(text)
    seeded.snapshot()
    r = protogen("new", HABIT, "--gallery", str(gallery))
    seeded.assert_failed_cleanly(r, says=(says,))
    assert "sk-typed-in" not in r.err + r.out
