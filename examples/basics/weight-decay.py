# Generated from chapters/en/basics/weight-decay.md by `make examples`; do not edit.
# Run it: python examples/basics/weight-decay.py

# %% [1] chapters/en/basics/weight-decay.md:22
import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import nn

from mxbook import library as mb

mx.random.seed(12)
np.random.seed(12)

# %% [2] chapters/en/basics/weight-decay.md:68
num_inputs, n_train, n_test = 200, 20, 100
true_w = nd.random.normal(scale=0.02, shape=(num_inputs,))
true_b = 0.3
train_X, train_y = mb.make_linear_data(true_w, true_b, n_train, noise=0.05)
test_X, test_y = mb.make_linear_data(true_w, true_b, n_test, noise=0.05)
print(train_X.shape, test_X.shape)
print("norm of the true weights:", true_w.norm().asscalar())
baseline = ((test_y - train_y.mean()) ** 2 / 2).mean().asscalar()
print("test loss when always predicting the mean training label:", baseline)
# Out:
# (20, 200) (100, 200)
# norm of the true weights: 0.27606934
# test loss when always predicting the mean training label: 0.043567196

# %% [3] chapters/en/basics/weight-decay.md:94
def init_params():
    w = nd.random.normal(scale=1, shape=(num_inputs,))
    b = nd.zeros(1)
    w.attach_grad()
    b.attach_grad()
    return w, b

def l2_penalty(w):
    return (w ** 2).sum() / 2

def linreg(X, w, b):
    return nd.dot(X, w) + b

def squared_loss(y_hat, y):
    return (y_hat - y) ** 2 / 2

# %% [4] chapters/en/basics/weight-decay.md:119
def train_scratch(lambd, num_epochs=100, lr=0.06, batch_size=n_train):
    w, b = init_params()
    curves = {"train": [], "test": []}
    for epoch in range(num_epochs):
        for X, y in mb.minibatches(batch_size, train_X, train_y):
            with autograd.record():
                l = squared_loss(linreg(X, w, b), y) + lambd * l2_penalty(w)
            l.backward()
            mb.sgd_step([w, b], lr, batch_size)
        curves["train"].append(squared_loss(linreg(train_X, w, b), train_y).mean().asscalar())
        curves["test"].append(squared_loss(linreg(test_X, w, b), test_y).mean().asscalar())
    print(f"train loss {curves['train'][-1]:.2e}, test loss {curves['test'][-1]:.2e}, "
          f"norm of w {w.norm().asscalar():.3f}")
    return curves

# %% [5] chapters/en/basics/weight-decay.md:138
plain = train_scratch(lambd=0)
# Out:
# train loss 1.83e-13, test loss 1.20e+02, norm of w 14.291

# %% [6] chapters/en/basics/weight-decay.md:151
decayed = train_scratch(lambd=10)
# Out:
# train loss 1.20e-02, test loss 3.99e-02, norm of w 0.052

# %% [7] chapters/en/basics/weight-decay.md:161
mb.plot_curves(range(1, 101), {"train, no decay": plain["train"], "test, no decay": plain["test"],
                              "train, decay": decayed["train"], "test, decay": decayed["test"]},
               "epoch", "loss", logy=True)
# Figures: 1

# %% [8] chapters/en/basics/weight-decay.md:192
layer = nn.Dense(1, in_units=3)
layer.initialize(init.Constant(1.0))
layer.bias.set_data(nd.ones(1))
layer.collect_params(".*bias").setattr("wd_mult", 0)
trainer = gluon.Trainer(layer.collect_params(), "sgd", {"learning_rate": 0.1, "wd": 0.5})
with autograd.record():
    zero = 0 * layer(nd.ones((4, 3))).sum()
zero.backward()
trainer.step(4)
print(layer.weight.data(), layer.bias.data())
# Out:
#
# [[0.95 0.95 0.95]]
# <NDArray 1x3 @cpu(0)>
# [1.]
# <NDArray 1 @cpu(0)>

# %% [9] chapters/en/basics/weight-decay.md:209
def train_gluon(wd, num_epochs=100, lr=0.06, batch_size=n_train):
    net = nn.Dense(1)
    net.initialize(init.Normal(sigma=1))
    net.collect_params(".*bias").setattr("wd_mult", 0)
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": lr, "wd": wd})
    loss = gluon.loss.L2Loss()
    curves = {"train": [], "test": []}
    for epoch in range(num_epochs):
        for X, y in mb.minibatches(batch_size, train_X, train_y):
            with autograd.record():
                l = loss(net(X), y)
            l.backward()
            trainer.step(batch_size)
        curves["train"].append(loss(net(train_X), train_y).mean().asscalar())
        curves["test"].append(loss(net(test_X), test_y).mean().asscalar())
    print(f"train loss {curves['train'][-1]:.2e}, test loss {curves['test'][-1]:.2e}, "
          f"norm of w {net.weight.data().norm().asscalar():.3f}")
    return curves

# %% [10] chapters/en/basics/weight-decay.md:233
curves = train_gluon(wd=10)
mb.plot_curves(range(1, 101), curves, "epoch", "loss", logy=True)
# Out:
# train loss 1.19e-02, test loss 3.85e-02, norm of w 0.051
# Figures: 1
