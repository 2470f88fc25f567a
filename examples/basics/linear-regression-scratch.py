# Generated from chapters/en/basics/linear-regression-scratch.md by `make examples`; do not edit.
# Run it: python examples/basics/linear-regression-scratch.py

# %% [1] chapters/en/basics/linear-regression-scratch.md:21
import mxnet as mx
import numpy as np
from matplotlib import pyplot as plt
from matplotlib_inline import backend_inline
from mxnet import autograd, nd

mx.random.seed(2024)
np.random.seed(2024)

# %% [2] chapters/en/basics/linear-regression-scratch.md:37
# @save
def set_figsize(width=3.5, height=2.5):
    """Draw the following figures as SVG, at the given size in inches."""
    backend_inline.set_matplotlib_formats("svg")
    plt.rcParams["figure.figsize"] = (width, height)

# %% [3] chapters/en/basics/linear-regression-scratch.md:59
# @save
def make_linear_data(true_w, true_b, num_examples, noise=0.01):
    """Features X ~ N(0, 1) and labels y = X true_w + true_b + Gaussian noise."""
    X = nd.random.normal(shape=(num_examples, true_w.size))
    y = nd.dot(X, true_w.reshape((-1, 1))) + true_b
    y = y + nd.random.normal(scale=noise, shape=y.shape)
    return X, y.reshape((-1,))

# %% [4] chapters/en/basics/linear-regression-scratch.md:72
true_w, true_b = nd.array([-1.8, 3.1]), 0.6
X, y = make_linear_data(true_w, true_b, 1000, noise=0.1)
print(X.shape, y.shape)
X[0], y[0]
# Out:
# (1000, 2) (1000,)
# (
#  [0.15337038 1.0744574 ]
#  <NDArray 2 @cpu(0)>,
#
#  [3.7387595]
#  <NDArray 1 @cpu(0)>)

# %% [5] chapters/en/basics/linear-regression-scratch.md:83
set_figsize()
plt.scatter(X[:, 1].asnumpy(), y.asnumpy(), s=2)
plt.xlabel('second feature')
plt.ylabel('label')
plt.show()
# Figures: 1

# %% [6] chapters/en/basics/linear-regression-scratch.md:98
# @save
def minibatches(batch_size, X, y, shuffle=True):
    """Yield (X_batch, y_batch) pairs covering the data once, in random order."""
    order = np.random.permutation(len(X)) if shuffle else np.arange(len(X))
    for start in range(0, len(X), batch_size):
        rows = nd.array(order[start:start + batch_size])
        yield X.take(rows), y.take(rows)

# %% [7] chapters/en/basics/linear-regression-scratch.md:110
X_batch, y_batch = next(minibatches(4, X, y))
X_batch, y_batch
# Out:
# (
#  [[ 0.52971387 -0.17833894]
#   [-1.2537134  -1.696566  ]
#   [-0.9706915   0.7281068 ]
#   [-1.8932195   2.2915127 ]]
#  <NDArray 4x2 @cpu(0)>,
#
#  [-0.919209  -2.2493067  4.578305  11.207088 ]
#  <NDArray 4 @cpu(0)>)

# %% [8] chapters/en/basics/linear-regression-scratch.md:126
w = nd.random.normal(scale=0.01, shape=(2, 1))
b = nd.zeros(1)
w.attach_grad()
b.attach_grad()
w, b
# Out:
# (
#  [[ 0.0033189 ]
#   [-0.00975379]]
#  <NDArray 2x1 @cpu(0)>,
#
#  [0.]
#  <NDArray 1 @cpu(0)>)

# %% [9] chapters/en/basics/linear-regression-scratch.md:139
def linear_model(X, w, b):
    return nd.dot(X, w) + b

# %% [10] chapters/en/basics/linear-regression-scratch.md:150
def squared_loss(y_hat, y):
    return 0.5 * (y_hat - y.reshape(y_hat.shape)) ** 2

squared_loss(linear_model(X_batch, w, b), y_batch)
# Out:
#
# [[ 0.4256937]
#  [ 2.5576293]
#  [10.527755 ]
#  [63.12073  ]]
# <NDArray 4x1 @cpu(0)>

# %% [11] chapters/en/basics/linear-regression-scratch.md:168
# @save
def sgd_step(params, lr, batch_size):
    """One step of mini-batch SGD; gradients are summed over the batch."""
    for p in params:
        p[:] = p - lr / batch_size * p.grad

# %% [12] chapters/en/basics/linear-regression-scratch.md:184
lr, num_epochs, batch_size = 0.03, 3, 10
for epoch in range(1, num_epochs + 1):
    for X_batch, y_batch in minibatches(batch_size, X, y):
        with autograd.record():
            loss = squared_loss(linear_model(X_batch, w, b), y_batch)
        loss.backward()
        sgd_step([w, b], lr, len(y_batch))
    epoch_loss = squared_loss(linear_model(X, w, b), y).mean().asscalar()
    print(f'epoch {epoch}, loss {epoch_loss:.6f}')
# Out:
# epoch 1, loss 0.020938
# epoch 2, loss 0.005075
# epoch 3, loss 0.005067

# %% [13] chapters/en/basics/linear-regression-scratch.md:204
print('true w:', true_w.asnumpy(), '  learned w:', w.reshape((-1,)).asnumpy())
print('true b:', true_b, '          learned b:', b.asscalar())
# Out:
# true w: [-1.8  3.1]   learned w: [-1.7990553  3.0962572]
# true b: 0.6           learned b: 0.5954853

# %% [14] chapters/en/basics/linear-regression-scratch.md:211
true_w - w.reshape((-1,)), true_b - b
# Out:
# (
#  [-0.00094461  0.00374269]
#  <NDArray 2 @cpu(0)>,
#
#  [0.00451469]
#  <NDArray 1 @cpu(0)>)
