# Generated from chapters/en/basics/tabular-project.md by `make examples`; do not edit.
# Run it: python examples/basics/tabular-project.py

# %% [1] chapters/en/basics/tabular-project.md:19
from functools import partial

import mxnet as mx
import numpy as np
from matplotlib import pyplot as plt
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import nn
from sklearn.datasets import load_diabetes

from mxbook import library as mb

mx.random.seed(16)
np.random.seed(16)

# %% [2] chapters/en/basics/tabular-project.md:48
data = load_diabetes(scaled=False)
features = data.data.astype("float32")
labels = data.target.astype("float32")
print(features.shape, labels.shape)
print(data.feature_names)
# Out:
# (442, 10) (442,)
# ['age', 'sex', 'bmi', 'bp', 's1', 's2', 's3', 's4', 's5', 's6']

# %% [3] chapters/en/basics/tabular-project.md:59
np.set_printoptions(precision=2, suppress=True)
print(features[:3], labels[:3])
print(f"{'':>4} {'mean':>7} {'std':>7} {'min':>7} {'max':>7} {'corr':>6}")
for j, name in enumerate(data.feature_names):
    col = features[:, j]
    corr = np.corrcoef(col, labels)[0, 1]
    print(f"{name:>4} {col.mean():7.2f} {col.std():7.2f} {col.min():7.2f} "
          f"{col.max():7.2f} {corr:6.2f}")
# Out:
# [[ 59.     2.    32.1  101.   157.    93.2   38.     4.     4.86  87.  ]
#  [ 48.     1.    21.6   87.   183.   103.2   70.     3.     3.89  69.  ]
#  [ 72.     2.    30.5   93.   156.    93.6   41.     4.     4.67  85.  ]] [151.  75. 141.]
#         mean     std     min     max   corr
#  age   48.52   13.09   19.00   79.00   0.19
#  sex    1.47    0.50    1.00    2.00   0.04
#  bmi   26.38    4.41   18.00   42.20   0.59
#   bp   94.65   13.82   62.00  133.00   0.44
#   s1  189.14   34.57   97.00  301.00   0.21
#   s2  115.44   30.38   41.60  242.40   0.17
#   s3   49.79   12.92   22.00   99.00  -0.39
#   s4    4.07    1.29    2.00    9.09   0.43
#   s5    4.64    0.52    3.26    6.11   0.57
#   s6   91.26   11.48   58.00  124.00   0.38

# %% [4] chapters/en/basics/tabular-project.md:77
mb.set_figsize(3.5, 2.5)
plt.scatter(features[:, 2], labels, s=6)
plt.xlabel("body mass index")
plt.ylabel("progression")
plt.show()
# Figures: 1

# %% [5] chapters/en/basics/tabular-project.md:96
order = np.random.permutation(len(labels))
n_test = len(labels) // 4
X_test, y_test = features[order[:n_test]], labels[order[:n_test]]
X_train, y_train = features[order[n_test:]], labels[order[n_test:]]
print("train", X_train.shape, " test", X_test.shape)
# Out:
# train (332, 10)  test (110, 10)

# %% [6] chapters/en/basics/tabular-project.md:114
def standardize(train, other):
    """Scale both arrays with the column means and stds of `train` alone."""
    mean, std = train.mean(axis=0), train.std(axis=0)
    return (train - mean) / std, (other - mean) / std

train_std, test_std = standardize(X_train, X_test)
print("train means", train_std.mean(axis=0).round(2) + 0.0)
print("train stds ", train_std.std(axis=0).round(2))
print("test means ", test_std.mean(axis=0).round(2) + 0.0)
# Out:
# train means [0. 0. 0. 0. 0. 0. 0. 0. 0. 0.]
# train stds  [1. 1. 1. 1. 1. 1. 1. 1. 1. 1.]
# test means  [-0.22  0.13 -0.12  0.02 -0.27 -0.26  0.09 -0.26 -0.16  0.03]

# %% [7] chapters/en/basics/tabular-project.md:144
def rmse(pred, y):
    return float(np.sqrt(np.mean((pred - y) ** 2)))

def predict_mean(X_fit, y_fit, X_new):
    return np.full(len(X_new), y_fit.mean())

rmse(predict_mean(X_train, y_train, X_train), y_train)
# Out:
# 76.32510375976562

# %% [8] chapters/en/basics/tabular-project.md:162
def make_net(num_hidden):
    net = nn.Sequential()
    if num_hidden > 0:
        net.add(nn.Dense(num_hidden, activation="relu"))
    net.add(nn.Dense(1))
    net.initialize(init.Normal(sigma=0.1))
    return net

make_net(16)
# Out:
# Sequential(
#   (0): Dense(None -> 16, Activation(relu))
#   (1): Dense(None -> 1, linear)
# )

# %% [9] chapters/en/basics/tabular-project.md:178
loss = gluon.loss.L2Loss()

def train_net(net, X, y, wd, num_epochs=20, lr=0.1, batch_size=64):
    trainer = gluon.Trainer(net.collect_params(), "sgd",
                            {"learning_rate": lr, "wd": wd})
    epoch_losses = []
    for _ in range(num_epochs):
        total = nd.zeros(1)
        for X_batch, y_batch in mb.minibatches(batch_size, X, y):
            with autograd.record():
                batch_loss = loss(net(X_batch).reshape((-1,)), y_batch)
            batch_loss.backward()
            trainer.step(len(y_batch))
            total += batch_loss.sum()
        epoch_losses.append(total.asscalar() / len(y))
    return epoch_losses

# %% [10] chapters/en/basics/tabular-project.md:200
y_train_std = (y_train - y_train.mean()) / y_train.std()
epoch_losses = train_net(make_net(0), nd.array(train_std), nd.array(y_train_std), wd=0.0)
np.array(epoch_losses)[[0, 4, 9, 19]]
# Out:
# array([0.37, 0.25, 0.25, 0.25])

# %% [11] chapters/en/basics/tabular-project.md:217
def predict_net(num_hidden, wd, X_fit, y_fit, X_new):
    X_fit_std, X_new_std = standardize(X_fit, X_new)
    y_mean, y_std = y_fit.mean(), y_fit.std()
    net = make_net(num_hidden)
    train_net(net, nd.array(X_fit_std), nd.array((y_fit - y_mean) / y_std), wd)
    pred = net(nd.array(X_new_std)).reshape((-1,)).asnumpy()
    return pred * y_std + y_mean

# %% [12] chapters/en/basics/tabular-project.md:236
def kfold_splits(n, k):
    """k pairs (fit_idx, valid_idx) that together validate every index once."""
    folds = np.array_split(np.random.permutation(n), k)
    return [(np.concatenate(folds[:i] + folds[i + 1:]), folds[i]) for i in range(k)]

splits = kfold_splits(len(y_train), 4)
[(len(fit), len(valid)) for fit, valid in splits]
# Out:
# [(249, 83), (249, 83), (249, 83), (249, 83)]

# %% [13] chapters/en/basics/tabular-project.md:250
def cross_validate(predict, splits):
    errors = []
    for fit, valid in splits:
        pred = predict(X_train[fit], y_train[fit], X_train[valid])
        errors.append(rmse(pred, y_train[valid]))
    return np.array(errors)

candidates = {"mean baseline": predict_mean, "linear": partial(predict_net, 0, 0.0)}
cv_errors = {name: cross_validate(predict, splits) for name, predict in candidates.items()}
cv_errors
# Out:
# {'mean baseline': array([75.72, 76.54, 77.8 , 75.38]),
#  'linear': array([54.51, 55.88, 54.57, 58.45])}

# %% [14] chapters/en/basics/tabular-project.md:276
for wd in [0.0, 0.03, 0.3]:
    name = f"MLP, wd={wd:g}"
    candidates[name] = partial(predict_net, 16, wd)
    cv_errors[name] = cross_validate(candidates[name], splits)
print(f"{'model':<14} {'CV RMSE':>8} {'fold std':>9}")
for name, errors in cv_errors.items():
    print(f"{name:<14} {errors.mean():8.2f} {errors.std():9.2f}")
# Out:
# model           CV RMSE  fold std
# mean baseline     76.36      0.93
# linear            55.85      1.60
# MLP, wd=0         56.51      1.73
# MLP, wd=0.03      55.20      1.64
# MLP, wd=0.3       61.93      1.42

# %% [15] chapters/en/basics/tabular-project.md:294
best = min(cv_errors, key=lambda name: cv_errors[name].mean())
best
# Out:
# 'MLP, wd=0.03'

# %% [16] chapters/en/basics/tabular-project.md:310
results = {}
for name in ["mean baseline", best]:
    test_pred = candidates[name](X_train, y_train, X_test)
    results[name] = (cv_errors[name].mean(), rmse(test_pred, y_test))
print(f"{'model':<14} {'CV RMSE':>8} {'test RMSE':>10}")
for name, (cv, test) in results.items():
    print(f"{name:<14} {cv:8.2f} {test:10.2f}")
# Out:
# model           CV RMSE  test RMSE
# mean baseline     76.36      79.05
# MLP, wd=0.03      55.20      52.73
