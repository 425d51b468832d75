"""A reranker of gradient-boosted trees (LightGBM's lambdarank) over the same features as the
linear model (`rerank.features`).

A linear model weighs each signal the same whatever the others say; trees can learn that a
figure matters when a figure is asked for, or a leg's rank when the candidate is in the
other language. Over the tuning sets (leave sets out, first place gold; README, "Search")
the trees gained only once they had more questions to learn from than the linear model
needed: with the eighteen sets the linear model was fitted on, both put gold first equally
often on the sets neither saw.

Example:
    >>> model = TreeReranker.from_json(json.loads(MODEL_PATH.read_text()))
    >>> [c.turn.id for c, _ in model.run(query, candidates)][:1]
    ['bienert-ki-unabhaengigkeit-chemanager#t09']
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.search.rerank import MODEL_PATH, FeatureModel, checked_legs, feature_names

if TYPE_CHECKING:
    import lightgbm


@dataclass(frozen=True, eq=False)
class TreeReranker(FeatureModel):
    """A LightGBM booster over `rerank.features` for an index whose legs are `legs`.
    `about` says what it was trained on (kept in the model file)."""

    legs: tuple[str, ...]
    booster: lightgbm.Booster
    about: str = ""

    @classmethod
    def from_json(cls, data: dict, path: Path = MODEL_PATH) -> TreeReranker:
        """The model `to_json` wrote (ValueError when its features are not the code's)."""
        # Imported here: LightGBM brings SciPy (a quarter of a second), which only a search
        # that reads trees needs, not every command that imports the search stack.
        import lightgbm

        legs = checked_legs(data, path)
        try:
            booster = lightgbm.Booster(model_str=data["trees"])
        except (KeyError, lightgbm.basic.LightGBMError) as error:
            raise ValueError(f"{path}: its trees cannot be read ({error}); retrain") from error
        return cls(legs=legs, booster=booster, about=data.get("about", ""))

    def to_json(self) -> dict:
        return {
            "kind": "trees",
            "about": self.about,
            "legs": list(self.legs),
            "features": list(feature_names(self.legs)),
            "trees": self.booster.model_to_string(),
        }

    def logits(self, rows: np.ndarray) -> np.ndarray:
        """The model's score of each row of features (`features`), before the softmax. One
        thread: a search is thirty rows, and the server runs searches side by side."""
        return np.asarray(self.booster.predict(rows, num_threads=1), dtype=np.float64)
