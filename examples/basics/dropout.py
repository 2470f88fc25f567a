# Generated from chapters/en/basics/dropout.md by `make examples`; do not edit.
# Run it: python examples/basics/dropout.py

# %% [1] chapters/en/basics/dropout.md:20
import mxnet as mx
import numpy as np
from mxnet import autograd, gluon, init, nd
from mxnet.gluon import nn

from mxbook import library as mb

mx.random.seed(13)
np.random.seed(13)

# %% [2] chapters/en/basics/dropout.md:60
def dropout(X, p):
    """Zero each entry of X with probability p; scale the others by 1 / (1 - p)."""
    assert 0 <= p <= 1
    if p == 1:
        return nd.zeros_like(X)
    mask = nd.random.uniform(0, 1, shape=X.shape) >= p
    return mask * X / (1 - p)

# %% [3] chapters/en/basics/dropout.md:72
X = nd.arange(1, 13).reshape((2, 6))
for p in [0, 0.5, 1]:
    print('p =', p, dropout(X, p))
# Out:
# p = 0
# [[ 1.  2.  3.  4.  5.  6.]
#  [ 7.  8.  9. 10. 11. 12.]]
# <NDArray 2x6 @cpu(0)>
# p = 0.5
# [[ 0.  0.  6.  8.  0.  0.]
#  [ 0. 16. 18. 20. 22. 24.]]
# <NDArray 2x6 @cpu(0)>
# p = 1
# [[0. 0. 0. 0. 0. 0.]
#  [0. 0. 0. 0. 0. 0.]]
# <NDArray 2x6 @cpu(0)>

# %% [4] chapters/en/basics/dropout.md:81
Y = dropout(X, 0.5)
print((dropout(X, 0) == X).min().asscalar() == 1,
      ((Y == 0) + (Y == 2 * X)).min().asscalar() == 1,
      (dropout(X, 1) == 0).min().asscalar() == 1)
# Out:
# True True True

# %% [5] chapters/en/basics/dropout.md:92
Z = dropout(nd.full((100000,), 5), 0.3)
print(f'fraction zeroed: {(Z == 0).mean().asscalar():.3f}')
print(f'mean: {Z.mean().asscalar():.3f}')
# Out:
# fraction zeroed: 0.300
# mean: 4.998

# %% [6] chapters/en/basics/dropout.md:105
print(autograd.is_training())
with autograd.record():
    print(autograd.is_training())
# Out:
# False
# True

# %% [7] chapters/en/basics/dropout.md:121
num_inputs, num_hiddens1, num_hiddens2, num_outputs = 64, 128, 64, 10
drop1, drop2 = 0.2, 0.5

W1 = nd.random.normal(scale=0.1, shape=(num_inputs, num_hiddens1))
b1 = nd.zeros(num_hiddens1)
W2 = nd.random.normal(scale=0.1, shape=(num_hiddens1, num_hiddens2))
b2 = nd.zeros(num_hiddens2)
W3 = nd.random.normal(scale=0.1, shape=(num_hiddens2, num_outputs))
b3 = nd.zeros(num_outputs)
params = [W1, b1, W2, b2, W3, b3]
for param in params:
    param.attach_grad()

# %% [8] chapters/en/basics/dropout.md:138
def net(X):
    X = X.reshape((-1, num_inputs))
    H1 = nd.relu(nd.dot(X, W1) + b1)
    if autograd.is_training():
        H1 = dropout(H1, drop1)
    H2 = nd.relu(nd.dot(H1, W2) + b2)
    if autograd.is_training():
        H2 = dropout(H2, drop2)
    return nd.dot(H2, W3) + b3

# %% [9] chapters/en/basics/dropout.md:152
train_iter, test_iter = mb.load_digits(batch_size=32)
loss = gluon.loss.SoftmaxCrossEntropyLoss()
num_epochs, lr = 10, 0.1
history = mb.train_classifier(
    net, train_iter, test_iter, loss, num_epochs,
    lambda batch_size: mb.sgd_step(params, lr, batch_size))
# Out:
# epoch  1  loss 2.1826  train acc 0.242  test acc 0.486
# epoch  2  loss 1.6677  train acc 0.482  test acc 0.659
# epoch  3  loss 1.2007  train acc 0.625  test acc 0.748
# epoch  4  loss 0.8895  train acc 0.726  test acc 0.849
# epoch  5  loss 0.7305  train acc 0.779  test acc 0.806
# epoch  6  loss 0.6420  train acc 0.800  test acc 0.898
# epoch  7  loss 0.5433  train acc 0.834  test acc 0.844
# epoch  8  loss 0.4693  train acc 0.861  test acc 0.762
# epoch  9  loss 0.4458  train acc 0.859  test acc 0.900
# epoch 10  loss 0.3733  train acc 0.884  test acc 0.938

# %% [10] chapters/en/basics/dropout.md:176
net = nn.Sequential()
net.add(nn.Dense(num_hiddens1, activation='relu'), nn.Dropout(drop1),
        nn.Dense(num_hiddens2, activation='relu'), nn.Dropout(drop2),
        nn.Dense(num_outputs))
net.initialize(init.Normal(sigma=0.1))
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': lr})
history = mb.train_classifier(net, train_iter, test_iter, loss, num_epochs,
                              trainer.step)
# Out:
# epoch  1  loss 2.1509  train acc 0.265  test acc 0.479
# epoch  2  loss 1.6204  train acc 0.501  test acc 0.715
# epoch  3  loss 1.1350  train acc 0.647  test acc 0.742
# epoch  4  loss 0.8827  train acc 0.726  test acc 0.822
# epoch  5  loss 0.7283  train acc 0.776  test acc 0.882
# epoch  6  loss 0.5877  train acc 0.820  test acc 0.927
# epoch  7  loss 0.4875  train acc 0.850  test acc 0.924
# epoch  8  loss 0.4641  train acc 0.858  test acc 0.944
# epoch  9  loss 0.3832  train acc 0.879  test acc 0.951
# epoch 10  loss 0.3661  train acc 0.891  test acc 0.902

# %% [11] chapters/en/basics/dropout.md:195
drop = nn.Dropout(0.5)
ones = nd.ones((2, 8))
with autograd.record():
    print(drop(ones))
    print(drop(ones))
print(drop(ones))
(drop(ones) == ones).min().asscalar() == 1
# Out:
#
# [[0. 2. 0. 2. 2. 2. 2. 2.]
#  [0. 0. 0. 2. 0. 2. 0. 2.]]
# <NDArray 2x8 @cpu(0)>
#
# [[0. 0. 0. 0. 0. 2. 0. 0.]
#  [0. 2. 0. 0. 2. 0. 0. 2.]]
# <NDArray 2x8 @cpu(0)>
#
# [[1. 1. 1. 1. 1. 1. 1. 1.]
#  [1. 1. 1. 1. 1. 1. 1. 1.]]
# <NDArray 2x8 @cpu(0)>
# True
