"""Rebuild the nq35cls model from labeled data (the same as ``nq35cls train``).

    python train.py                      # data/ -> models/nq35cls.model + MODEL_CARD.md + errors.md
    python train.py --data MY_DATA --out MY_MODELS
    python train.py --variants -j 2      # also compare feature / context / decoding variants
    python train.py --add review.csv     # add reviewed paragraphs to data/, retrain, show before/after

Options: ``python train.py --help``; the code is :mod:`nq35cls.retrain`.
"""

import sys

from nq35cls.retrain import main

if __name__ == "__main__":
    sys.exit(main())
