# Generated from chapters/en/introduction/deep-learning.md by `make examples`; do not edit.
# Run it: python examples/introduction/deep-learning.py

# %% [1] chapters/en/introduction/deep-learning.md:18
import mxnet as mx
import numpy as np
from mxnet import nd

mx.random.seed(7)
np.random.seed(7)

# %% [2] chapters/en/introduction/deep-learning.md:33
400 * 400 * 3
# Out:
# 480000

# %% [3] chapters/en/introduction/deep-learning.md:41
photo = nd.random.randint(0, 256, shape=(2, 2, 3))
photo
# Out:
#
# [[[251 189  40]
#   [ 87  71 225]]
#
#  [[ 81  93 102]
#   [190 125  39]]]
# <NDArray 2x2x3 @cpu(0)>

# %% [4] chapters/en/introduction/deep-learning.md:58
img = nd.concat(nd.full((5, 3), 0.2), nd.full((5, 3), 0.8), dim=1)
img = img + nd.random.normal(0, 0.05, shape=img.shape)
print(img)
# absolute difference between each pixel and its left neighbour
edge = (img[:, 1:] - img[:, :-1]).abs().mean(axis=0)
print(edge)
# Out:
#
# [[0.15187973 0.16432768 0.22220439 0.7823582  0.7852767  0.71600235]
#  [0.16442332 0.20866126 0.2171341  0.82862407 0.76957417 0.7537383 ]
#  [0.16682266 0.19604732 0.22058412 0.77344126 0.8679889  0.85677564]
#  [0.16017681 0.21276808 0.22406903 0.8058267  0.82098186 0.7581847 ]
#  [0.23825946 0.23009953 0.2118853  0.8076099  0.74726826 0.8224336 ]]
# <NDArray 5x6 @cpu(0)>
#
# [0.02933235 0.02408031 0.58039665 0.04640256 0.0468572 ]
# <NDArray 5 @cpu(0)>

# %% [5] chapters/en/introduction/deep-learning.md:101
x = np.random.uniform(0, 1, size=50)
y = (x + np.random.normal(0, 0.05, size=50) > 0.62).astype(int)  # hidden rule + noise
candidates = np.linspace(0, 1, 101)
mistakes = [int(((x > t).astype(int) != y).sum()) for t in candidates]
best = candidates[int(np.argmin(mistakes))]
print(f'chosen threshold t = {best:.2f}, mistakes: {min(mistakes)} of {len(y)}')
# Out:
# chosen threshold t = 0.61, mistakes: 0 of 50
