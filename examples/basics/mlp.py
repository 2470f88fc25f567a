# Generated from chapters/en/basics/mlp.md by `make examples`; do not edit.
# Run it: python examples/basics/mlp.py

# %% [1] chapters/en/basics/mlp.md:20
import mxnet as mx
import numpy as np
from matplotlib import pyplot as plt
from mxnet import autograd, nd

from mxbook import library as mb

mx.random.seed(3)
np.random.seed(3)

# %% [2] chapters/en/basics/mlp.md:41
X = nd.array([[0, 0], [0, 1], [1, 0], [1, 1]])
W1, b1 = nd.array([[1, 1], [1, 1]]), nd.array([0, -1])
w2 = nd.array([1, -2])
H = nd.maximum(nd.dot(X, W1) + b1, 0)
print(H)
nd.dot(H, w2)
# Out:
#
# [[0. 0.]
#  [1. 0.]
#  [1. 0.]
#  [2. 1.]]
# <NDArray 4x2 @cpu(0)>
#
# [0. 1. 1. 0.]
# <NDArray 4 @cpu(0)>

# %% [3] chapters/en/basics/mlp.md:88
X = nd.random.normal(shape=(4, 5))
W1, b1 = nd.random.normal(shape=(5, 3)), nd.random.normal(shape=(3,))
W2, b2 = nd.random.normal(shape=(3, 2)), nd.random.normal(shape=(2,))
two_layers = nd.dot(nd.dot(X, W1) + b1, W2) + b2
two_layers
# Out:
#
# [[-7.4026513   3.398022  ]
#  [ 0.8417556  -0.93616015]
#  [ 0.4818567  -1.0397623 ]
#  [ 1.0480523  -1.6657333 ]]
# <NDArray 4x2 @cpu(0)>

# %% [4] chapters/en/basics/mlp.md:98
W = nd.dot(W1, W2)
b = nd.dot(b1, W2) + b2
one_layer = nd.dot(X, W) + b
gap = nd.abs(two_layers - one_layer).max().asscalar()
assert gap < 1e-5
print('merged weight', W.shape, 'merged bias', b.shape)
print('largest difference below 1e-5:', gap < 1e-5)
# Out:
# merged weight (5, 2) merged bias (2,)
# largest difference below 1e-5: True

# %% [5] chapters/en/basics/mlp.md:112
with_relu = nd.dot(nd.relu(nd.dot(X, W1) + b1), W2) + b2
nd.abs(with_relu - one_layer).max()
# Out:
#
# [0.7936889]
# <NDArray 1 @cpu(0)>

# %% [6] chapters/en/basics/mlp.md:126
def value_and_grad(f, x):
    """Return f(x) and its element-wise derivative, computed by autograd."""
    x = x.copy()
    x.attach_grad()
    with autograd.record():
        y = f(x)
    y.backward()
    return y, x.grad

x = nd.array([-2, -0.5, 0, 0.5, 2])

# %% [7] chapters/en/basics/mlp.md:143
y, dy = value_and_grad(nd.relu, x)
print(y)
print(dy)
# Out:
#
# [0.  0.  0.  0.5 2. ]
# <NDArray 5 @cpu(0)>
#
# [0. 0. 0. 1. 1.]
# <NDArray 5 @cpu(0)>

# %% [8] chapters/en/basics/mlp.md:157
y, dy = value_and_grad(nd.sigmoid, x)
print(dy)
(nd.abs(dy - y * (1 - y)).max() < 1e-6).asscalar() == 1
# Out:
#
# [0.10499358 0.23500371 0.25       0.23500371 0.10499363]
# <NDArray 5 @cpu(0)>
# True

# %% [9] chapters/en/basics/mlp.md:168
y, dy = value_and_grad(nd.tanh, x)
print(dy)
(nd.abs(dy - (1 - y ** 2)).max() < 1e-6).asscalar() == 1
# Out:
#
# [0.07065082 0.7864477  1.         0.7864477  0.07065082]
# <NDArray 5 @cpu(0)>
# True

# %% [10] chapters/en/basics/mlp.md:177
x = nd.arange(-5, 5, 0.05)
mb.set_figsize(8, 2.4)
_, axes = plt.subplots(1, 3)
for ax, (name, f) in zip(axes, [('ReLU', nd.relu), ('sigmoid', nd.sigmoid),
                                ('tanh', nd.tanh)]):
    y, dy = value_and_grad(f, x)
    ax.plot(x.asnumpy(), y.asnumpy(), label=name)
    ax.plot(x.asnumpy(), dy.asnumpy(), '--', label='derivative')
    ax.set_title(name)
    ax.legend(fontsize=7)
plt.tight_layout()
plt.show()
# Figures: 1
