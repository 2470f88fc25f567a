# Generated from chapters/en/basics/numerical-stability.md by `make examples`; do not edit.
# Run it: python examples/basics/numerical-stability.py

# %% [1] chapters/en/basics/numerical-stability.md:21
import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import nn

from mxbook import library as mb

mx.random.seed(5)
np.random.seed(5)

# %% [2] chapters/en/basics/numerical-stability.md:63
x = nd.array([-10, -5, -2, 0, 2, 5, 10])
x.attach_grad()
with autograd.record():
    s = nd.sigmoid(x)
s.backward()
print(x.grad)
print("max. deviation from s(1 - s):", (x.grad - s * (1 - s)).abs().max().asscalar())
# Out:
#
# [4.5395809e-05 6.6480567e-03 1.0499358e-01 2.5000000e-01 1.0499363e-01
#  6.6480329e-03 4.5416677e-05]
# <NDArray 7 @cpu(0)>
# max. deviation from s(1 - s): 0.0

# %% [3] chapters/en/basics/numerical-stability.md:76
x = nd.arange(-8, 8.01, 0.1)
x.attach_grad()
with autograd.record():
    s = nd.sigmoid(x)
s.backward()
mb.plot_curves(x.asnumpy(), {"sigmoid": s.asnumpy(), "gradient": x.grad.asnumpy()}, "x", "value")
# Figures: 1

# %% [4] chapters/en/basics/numerical-stability.md:90
x = nd.array([0.0])
x.attach_grad()
with autograd.record():
    h = x
    for _ in range(10):
        h = nd.sigmoid(h)
h.backward()
x.grad
# Out:
#
# [3.875221e-07]
# <NDArray 1 @cpu(0)>

# %% [5] chapters/en/basics/numerical-stability.md:112
n = 64
M = nd.eye(n)
for k in range(1, 61):
    M = nd.dot(M, nd.random.normal(shape=(n, n)))
    if k % 10 == 0:
        print(f"{k} factors: norm {M.norm().asscalar():.3g}")
# Out:
# 10 factors: norm 8.4e+09
# 20 factors: norm 1.15e+19
# 30 factors: norm 1.27e+28
# 40 factors: norm 1.59e+37
# 50 factors: norm nan
# 60 factors: norm nan

# %% [6] chapters/en/basics/numerical-stability.md:130
M = nd.eye(n)
for k in range(1, 61):
    M = nd.dot(M, nd.random.normal(scale=1 / np.sqrt(n), shape=(n, n)))
    if k % 10 == 0:
        print(f"{k} factors: norm {M.norm().asscalar():.3g}")
# Out:
# 10 factors: norm 8.35
# 20 factors: norm 6.71
# 30 factors: norm 6.28
# 40 factors: norm 5.53
# 50 factors: norm 3.77
# 60 factors: norm 3.09

# %% [7] chapters/en/basics/numerical-stability.md:147
net = nn.Sequential()
net.add(nn.Dense(4, activation="tanh"), nn.Dense(1))
net.initialize(init.Constant(0.3))
X = nd.random.normal(shape=(16, 3))
y = nd.random.normal(shape=(16,))
loss = gluon.loss.L2Loss()
with autograd.record():
    l = loss(net(X), y)
l.backward()
net[0].weight.grad()
# Out:
#
# [[-0.13359693 -0.5605253   0.80369896]
#  [-0.13359693 -0.5605253   0.80369896]
#  [-0.13359693 -0.5605253   0.80369896]
#  [-0.13359693 -0.5605253   0.80369896]]
# <NDArray 4x3 @cpu(0)>

# %% [8] chapters/en/basics/numerical-stability.md:166
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
for step in range(50):
    with autograd.record():
        l = loss(net(X), y)
    l.backward()
    trainer.step(len(y))
W = net[0].weight.data()
print(W)
print("largest difference between units:", (W - W[0]).abs().max().asscalar())
# Out:
#
# [[0.3347062  0.36477357 0.16449808]
#  [0.3347062  0.36477357 0.16449808]
#  [0.3347062  0.36477357 0.16449808]
#  [0.3347062  0.36477357 0.16449808]]
# <NDArray 4x3 @cpu(0)>
# largest difference between units: 0.0

# %% [9] chapters/en/basics/numerical-stability.md:210
layer = nn.Dense(256, in_units=256)
layer.initialize(init.Xavier())
w = layer.weight.data()
print("range:", w.min().asscalar(), w.max().asscalar())
print("variance:", ((w - w.mean()) ** 2).mean().asscalar(), " expected:", 2 / 512)
# Out:
# range: -0.10825297 0.10824735
# variance: 0.003928983  expected: 0.00390625

# %% [10] chapters/en/basics/numerical-stability.md:224
def activation_variances(weight_init, num_layers=8, width=256):
    net = nn.Sequential()
    for _ in range(num_layers):
        net.add(nn.Dense(width, use_bias=False))
    net.initialize(weight_init)
    h = nd.random.normal(shape=(512, width))
    variances = []
    for layer in net:
        h = layer(h)
        variances.append(((h - h.mean()) ** 2).mean().asscalar())
    return variances

# %% [11] chapters/en/basics/numerical-stability.md:238
results = {"N(0, 1)": activation_variances(init.Normal(sigma=1)),
           "N(0, 0.01^2)": activation_variances(init.Normal(sigma=0.01)),
           "Xavier": activation_variances(init.Xavier())}
print("layer" + "".join(f"{name:>14}" for name in results))
for i in range(8):
    print(f"{i + 1:5d}" + "".join(f"{v[i]:14.2e}" for v in results.values()))
# Out:
# layer       N(0, 1)  N(0, 0.01^2)        Xavier
#     1      2.55e+02      2.58e-02      1.00e+00
#     2      6.44e+04      6.64e-04      1.01e+00
#     3      1.65e+07      1.71e-05      1.01e+00
#     4      4.25e+09      4.31e-07      1.02e+00
#     5      1.10e+12      1.09e-08      1.02e+00
#     6      2.76e+14      2.76e-10      1.02e+00
#     7      7.04e+16      7.27e-12      1.02e+00
#     8      1.77e+19      1.87e-13      1.03e+00
