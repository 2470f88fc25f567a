# Generated from chapters/en/basics/mlp-gluon.md by `make examples`; do not edit.
# Run it: python examples/basics/mlp-gluon.py

# %% [1] chapters/en/basics/mlp-gluon.md:17
import mxnet as mx
import numpy as np
from mxnet import gluon, init
from mxnet.gluon import nn

from mxbook import library as mb

mx.random.seed(12)
np.random.seed(12)

# %% [2] chapters/en/basics/mlp-gluon.md:29
batch_size = 32
train_iter, test_iter = mb.load_digits(batch_size)

# %% [3] chapters/en/basics/mlp-gluon.md:42
net = nn.Sequential()
net.add(nn.Dense(64, activation='relu'),
        nn.Dense(10))
net.initialize(init.Normal(sigma=0.1))
net
# Out:
# Sequential(
#   (0): Dense(None -> 64, Activation(relu))
#   (1): Dense(None -> 10, linear)
# )

# %% [4] chapters/en/basics/mlp-gluon.md:54
X, y = next(iter(train_iter))
print(net(X).shape)
print(net[0].weight.data().shape, net[1].weight.data().shape)
# Out:
# (32, 10)
# (64, 64) (10, 64)

# %% [5] chapters/en/basics/mlp-gluon.md:63
sum(p.data().size for p in net.collect_params().values())
# Out:
# 4810

# %% [6] chapters/en/basics/mlp-gluon.md:73
loss = gluon.loss.SoftmaxCrossEntropyLoss()
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.1})

# %% [7] chapters/en/basics/mlp-gluon.md:83
num_epochs = 10
history = mb.train_classifier(net, train_iter, test_iter, loss, num_epochs,
                              trainer.step)
# Out:
# epoch  1  loss 2.1290  train acc 0.361  test acc 0.612
# epoch  2  loss 1.4981  train acc 0.765  test acc 0.844
# epoch  3  loss 0.8953  train acc 0.868  test acc 0.840
# epoch  4  loss 0.5833  train acc 0.896  test acc 0.893
# epoch  5  loss 0.4321  train acc 0.919  test acc 0.902
# epoch  6  loss 0.3481  train acc 0.928  test acc 0.929
# epoch  7  loss 0.2904  train acc 0.935  test acc 0.902
# epoch  8  loss 0.2525  train acc 0.946  test acc 0.889
# epoch  9  loss 0.2256  train acc 0.950  test acc 0.915
# epoch 10  loss 0.2026  train acc 0.961  test acc 0.942
