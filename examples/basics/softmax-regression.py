# Generated from chapters/en/basics/softmax-regression.md by `make examples`; do not edit.
# Run it: python examples/basics/softmax-regression.py

# %% [1] chapters/en/basics/softmax-regression.md:23
import mxnet as mx
import numpy as np
from mxnet import autograd, nd

mx.random.seed(3)
np.random.seed(3)

# %% [2] chapters/en/basics/softmax-regression.md:42
labels = nd.array([2, 0, 1, 2])
nd.one_hot(labels, depth=3)
# Out:
#
# [[0. 0. 1.]
#  [1. 0. 0.]
#  [0. 1. 0.]
#  [0. 0. 1.]]
# <NDArray 4x3 @cpu(0)>

# %% [3] chapters/en/basics/softmax-regression.md:65
X = nd.array([[1.0, 2.0],
              [-1.0, 0.5]])
W = nd.array([[1.5, -0.5, 0.2],
              [0.3, 0.8, -0.6]])
b = nd.array([0.1, 0.0, -0.1])
O = nd.dot(X, W) + b
O
# Out:
#
# [[ 2.1999998  1.1       -1.1      ]
#  [-1.25       0.9       -0.6      ]]
# <NDArray 2x3 @cpu(0)>

# %% [4] chapters/en/basics/softmax-regression.md:91
e = nd.exp(O[0])
print(e / e.sum())
P = nd.softmax(O)
P
# Out:
#
# [0.73005795 0.24301523 0.02692685]
# <NDArray 3 @cpu(0)>
#
# [[0.73005795 0.24301526 0.02692686]
#  [0.0869535  0.74648356 0.16656299]]
# <NDArray 2x3 @cpu(0)>

# %% [5] chapters/en/basics/softmax-regression.md:100
P.sum(axis=1)
# Out:
#
# [1.0000001 1.0000001]
# <NDArray 2 @cpu(0)>

# %% [6] chapters/en/basics/softmax-regression.md:111
print(O.argmax(axis=1).asnumpy(), P.argmax(axis=1).asnumpy())
shifted = nd.softmax(O + 100)
(shifted - P).abs().max()
# Out:
# [0. 1.] [0. 1.]
#
# [4.172325e-07]
# <NDArray 1 @cpu(0)>

# %% [7] chapters/en/basics/softmax-regression.md:138
y = nd.array([0, 2])
loss = -(nd.one_hot(y, 3) * nd.log(P)).sum(axis=1)
loss
# Out:
#
# [0.31463134 1.7923818 ]
# <NDArray 2 @cpu(0)>

# %% [8] chapters/en/basics/softmax-regression.md:149
p = nd.array([0.99, 0.9, 0.5, 0.1, 0.01, 0.0001])
-nd.log(p)
# Out:
#
# [0.01005033 0.10536055 0.6931472  2.3025851  4.6051702  9.2103405 ]
# <NDArray 6 @cpu(0)>

# %% [9] chapters/en/basics/softmax-regression.md:177
O.attach_grad()
with autograd.record():
    total_loss = -(nd.one_hot(y, 3) * nd.log(nd.softmax(O))).sum()
total_loss.backward()
print(O.grad)
(O.grad - (nd.softmax(O) - nd.one_hot(y, 3))).abs().max().asscalar() < 1e-6
# Out:
#
# [[-0.26994208  0.24301526  0.02692686]
#  [ 0.0869535   0.74648356 -0.83343697]]
# <NDArray 2x3 @cpu(0)>
# True

# %% [10] chapters/en/basics/softmax-regression.md:192
y_pred = P.argmax(axis=1)
print(y_pred)
(y_pred == y).mean()
# Out:
#
# [0. 1.]
# <NDArray 2 @cpu(0)>
#
# [0.5]
# <NDArray 1 @cpu(0)>
