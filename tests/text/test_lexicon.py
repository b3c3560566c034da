"""The word lists themselves: well-formed, each word once."""

import json
from importlib import resources


def test_each_word_is_listed_once_per_list():
    root = resources.files("truceline.lexicon").joinpath("en")
    repeated = []
    for path in root.iterdir():
        if not path.name.endswith(".json"):
            continue
        for name, words in json.loads(path.read_text(encoding="utf-8")).items():
            if isinstance(words, list):
                texts = [w for w in words if isinstance(w, str)]
                repeated += [f"{path.name}:{name}:{w}" for w in set(texts) if texts.count(w) > 1]
    assert repeated == []
