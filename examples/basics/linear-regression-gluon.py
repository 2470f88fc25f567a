# Generated from chapters/en/basics/linear-regression-gluon.md by `make examples`; do not edit.
# Run it: python examples/basics/linear-regression-gluon.py

# %% [1] chapters/en/basics/linear-regression-gluon.md:20
import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import nn

from mxbook import library as mb

mx.random.seed(11)
np.random.seed(11)

# %% [2] chapters/en/basics/linear-regression-gluon.md:38
true_w, true_b = nd.array([-1.8, 3.1]), 0.6
X, y = mb.make_linear_data(true_w, true_b, 1000, noise=0.1)

# %% [3] chapters/en/basics/linear-regression-gluon.md:48
dataset = gluon.data.ArrayDataset(X, y)
len(dataset), dataset[0]
# Out:
# (1000,
#  (
#   [0.8837151 2.9022243]
#   <NDArray 2 @cpu(0)>,
#   7.8262653))

# %% [4] chapters/en/basics/linear-regression-gluon.md:57
loader = gluon.data.DataLoader(dataset, batch_size=10, shuffle=True)
X_batch, y_batch = next(iter(loader))
len(loader), X_batch.shape, y_batch.shape
# Out:
# (100, (10, 2), (10,))

# %% [5] chapters/en/basics/linear-regression-gluon.md:70
net = nn.Sequential()
net.add(nn.Dense(1))
net
# Out:
# Sequential(
#   (0): Dense(None -> 1, linear)
# )

# %% [6] chapters/en/basics/linear-regression-gluon.md:85
net.initialize(init.Normal(sigma=0.01))
net[0].weight
# Out:
# Parameter dense0_weight (shape=(1, 0), dtype=float32)

# %% [7] chapters/en/basics/linear-regression-gluon.md:95
net(X[:2])
net[0].weight
# Out:
# Parameter dense0_weight (shape=(1, 2), dtype=float32)

# %% [8] chapters/en/basics/linear-regression-gluon.md:106
loss = gluon.loss.L2Loss()
loss(net(X_batch), y_batch)
# Out:
#
# [1.1805468e+01 1.8053019e+01 3.7216374e-01 2.8223848e+00 4.7866802e+00
#  1.3627690e-02 1.7670256e+00 1.1962477e+01 1.5380217e+00 3.2258210e+00]
# <NDArray 10 @cpu(0)>

# %% [9] chapters/en/basics/linear-regression-gluon.md:115
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.03})

# %% [10] chapters/en/basics/linear-regression-gluon.md:125
num_epochs = 3
for epoch in range(1, num_epochs + 1):
    for X_batch, y_batch in loader:
        with autograd.record():
            batch_loss = loss(net(X_batch), y_batch)
        batch_loss.backward()
        trainer.step(len(y_batch))
    epoch_loss = loss(net(X), y).mean().asscalar()
    print(f'epoch {epoch}, loss {epoch_loss:.6f}')
# Out:
# epoch 1, loss 0.021151
# epoch 2, loss 0.005231
# epoch 3, loss 0.005196

# %% [11] chapters/en/basics/linear-regression-gluon.md:146
w = net[0].weight.data()
b = net[0].bias.data()
w, b
# Out:
# (
#  [[-1.8088562  3.0930438]]
#  <NDArray 1x2 @cpu(0)>,
#
#  [0.598134]
#  <NDArray 1 @cpu(0)>)

# %% [12] chapters/en/basics/linear-regression-gluon.md:152
true_w - w.reshape(true_w.shape), true_b - b
# Out:
# (
#  [0.0088563 0.0069561]
#  <NDArray 2 @cpu(0)>,
#
#  [0.00186604]
#  <NDArray 1 @cpu(0)>)

# %% [13] chapters/en/basics/linear-regression-gluon.md:163
with autograd.record():
    total_loss = loss(net(X), y)
total_loss.backward()
residual = net(X).reshape((-1,)) - y
by_hand = nd.dot(residual, X)
print(net[0].weight.grad(), by_hand)
nd.abs(net[0].weight.grad().reshape((-1,)) - by_hand).max().asscalar() < 1e-3
# Out:
#
# [[-5.2187552 -5.810376 ]]
# <NDArray 1x2 @cpu(0)>
# [-5.2187543 -5.810376 ]
# <NDArray 2 @cpu(0)>
# True

# %% [14] chapters/en/basics/linear-regression-gluon.md:178
net.collect_params()
# Out:
# sequential0_ (
#   Parameter dense0_weight (shape=(1, 2), dtype=float32)
#   Parameter dense0_bias (shape=(1,), dtype=float32)
# )
