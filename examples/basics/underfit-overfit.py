# Generated from chapters/en/basics/underfit-overfit.md by `make examples`; do not edit.
# Run it: python examples/basics/underfit-overfit.py

# %% [1] chapters/en/basics/underfit-overfit.md:20
import mxnet as mx
import numpy as np
from matplotlib import pyplot as plt
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import nn

from mxbook import library as mb
from mxbook.library import set_figsize

mx.random.seed(2)
np.random.seed(2)

# %% [2] chapters/en/basics/underfit-overfit.md:89
def k_fold_indices(n, k):
    """Yield (train_idx, valid_idx) for each of k folds of the indices 0..n-1."""
    folds = np.array_split(np.arange(n), k)
    for i in range(k):
        train_idx = np.concatenate([f for j, f in enumerate(folds) if j != i])
        yield train_idx, folds[i]

for train_idx, valid_idx in k_fold_indices(10, 5):
    print("train", train_idx, " valid", valid_idx)
# Out:
# train [2 3 4 5 6 7 8 9]  valid [0 1]
# train [0 1 4 5 6 7 8 9]  valid [2 3]
# train [0 1 2 3 6 7 8 9]  valid [4 5]
# train [0 1 2 3 4 5 8 9]  valid [6 7]
# train [0 1 2 3 4 5 6 7]  valid [8 9]

# %% [3] chapters/en/basics/underfit-overfit.md:117
max_degree = 12
true_coef = nd.array([0.8, 2.1, -1.6, 1.0])  # coefficients of 1, x, x^2, x^3
n_train, n_test = 20, 100
x = nd.random.uniform(-1, 1, shape=(n_train + n_test, 1))
powers = nd.broadcast_power(x, nd.arange(max_degree + 1).reshape((1, -1)))
y = nd.dot(powers[:, :4], true_coef)
y = y + nd.random.normal(scale=0.1, shape=y.shape)
print(powers.shape, y.shape)
powers[:2, :5], y[:2]
# Out:
# (120, 13) (120,)
# (
#  [[1.0000000e+00 2.4123549e-02 5.8194564e-04 1.4038595e-05 3.3866073e-07]
#   [1.0000000e+00 1.5360343e-01 2.3594014e-02 3.6241217e-03 5.5667752e-04]]
#  <NDArray 2x5 @cpu(0)>,
#
#  [0.75017864 1.0375762 ]
#  <NDArray 2 @cpu(0)>)

# %% [4] chapters/en/basics/underfit-overfit.md:138
# @save
def plot_curves(x, curves, xlabel, ylabel, logy=False):
    """Plot several named curves (a dict name -> values) against the same x."""
    set_figsize()
    for name, values in curves.items():
        plt.plot(x, values, label=name)
    if logy:
        plt.yscale("log")
    plt.xlabel(xlabel)
    plt.ylabel(ylabel)
    plt.legend()
    plt.show()

# %% [5] chapters/en/basics/underfit-overfit.md:158
def mean_loss(net, X, y):
    """Average L2 loss of net on (X, y), as a Python float."""
    return gluon.loss.L2Loss()(net(X), y).mean().asscalar()

def fit_polynomial(degree, n, num_epochs, lr=0.3, batch_size=10):
    X_train, y_train = powers[:n, 1:degree + 1], y[:n]
    X_test, y_test = powers[n_train:, 1:degree + 1], y[n_train:]
    net = nn.Dense(1)
    net.initialize(init.Normal(sigma=0.01))
    loss = gluon.loss.L2Loss()
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": lr})
    curves = {"train": [], "test": []}
    for epoch in range(num_epochs):
        for X, y_batch in mb.minibatches(batch_size, X_train, y_train):
            with autograd.record():
                l = loss(net(X), y_batch)
            l.backward()
            trainer.step(len(y_batch))
        curves["train"].append(mean_loss(net, X_train, y_train))
        curves["test"].append(mean_loss(net, X_test, y_test))
    return net, curves

# %% [6] chapters/en/basics/underfit-overfit.md:186
def report(net, curves):
    learned = nd.concat(net.bias.data(), net.weight.data().reshape((-1,)), dim=0)
    true = np.zeros(max(4, learned.size))
    true[:4] = true_coef.asnumpy()
    print("true   ", true.round(2))
    print("learned", learned.asnumpy().round(2))
    print(f"final train loss {curves['train'][-1]:.4f}, test loss {curves['test'][-1]:.4f}")
    plot_curves(range(1, len(curves["train"]) + 1), curves, "epoch", "loss", logy=True)

# %% [7] chapters/en/basics/underfit-overfit.md:201
net, curves = fit_polynomial(3, n_train, num_epochs=100)
report(net, curves)
# Out:
# true    [ 0.8  2.1 -1.6  1. ]
# learned [ 0.78  2.17 -1.53  0.91]
# final train loss 0.0047, test loss 0.0041
# Figures: 1

# %% [8] chapters/en/basics/underfit-overfit.md:215
net, curves = fit_polynomial(1, n_train, num_epochs=100)
report(net, curves)
# Out:
# true    [ 0.8  2.1 -1.6  1. ]
# learned [0.4  2.63]
# final train loss 0.0735, test loss 0.1505
# Figures: 1

# %% [9] chapters/en/basics/underfit-overfit.md:230
net, curves = fit_polynomial(12, 8, num_epochs=400, batch_size=8)
report(net, curves)
# Out:
# true    [ 0.8  2.1 -1.6  1.   0.   0.   0.   0.   0.   0.   0.   0.   0. ]
# learned [ 0.78  2.02 -1.17  1.03 -0.71  0.49 -0.35  0.23 -0.16  0.13 -0.07  0.05
#  -0.02]
# final train loss 0.0031, test loss 0.0541
# Figures: 1

# %% [10] chapters/en/basics/underfit-overfit.md:256
def cv_loss(degree, k=5):
    """K-fold validation loss of the exact least-squares polynomial fit."""
    X = powers[:n_train, :degree + 1].asnumpy().astype("float64")
    t = y[:n_train].asnumpy().astype("float64")
    losses = []
    for train_idx, valid_idx in k_fold_indices(n_train, k):
        coef = np.linalg.lstsq(X[train_idx], t[train_idx], rcond=None)[0]
        losses.append(0.5 * np.mean((X[valid_idx] @ coef - t[valid_idx]) ** 2))
    return np.mean(losses)

for degree in [1, 2, 3, 4, 6, 9]:
    print(f"degree {degree}:  validation loss {cv_loss(degree):.3g}")
# Out:
# degree 1:  validation loss 0.086
# degree 2:  validation loss 0.0236
# degree 3:  validation loss 0.0152
# degree 4:  validation loss 0.0285
# degree 6:  validation loss 0.261
# degree 9:  validation loss 1.58e+03
