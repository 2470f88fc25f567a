# Generated from chapters/en/basics/softmax-regression-gluon.md by `make examples`; do not edit.
# Run it: python examples/basics/softmax-regression-gluon.py

# %% [1] chapters/en/basics/softmax-regression-gluon.md:21
import mxnet as mx
import numpy as np
from mxnet import gluon, init, nd
from mxnet.gluon import nn

from mxbook import library as mb

mx.random.seed(7)
np.random.seed(7)

# %% [2] chapters/en/basics/softmax-regression-gluon.md:37
batch_size = 64
train_iter, test_iter = mb.load_digits(batch_size)

# %% [3] chapters/en/basics/softmax-regression-gluon.md:47
net = nn.Sequential()
net.add(nn.Dense(10))
net.initialize(init.Normal(sigma=0.01))

# %% [4] chapters/en/basics/softmax-regression-gluon.md:58
X, y = next(iter(train_iter))
print(net(X).shape)
print(net[0].weight.shape, net[0].bias.shape)
# Out:
# (64, 10)
# (10, 64) (10,)

# %% [5] chapters/en/basics/softmax-regression-gluon.md:76
def naive_softmax(O):
    E = O.exp()
    return E / E.sum(axis=1, keepdims=True)

O = nd.array([[100.0, 95.0, 90.0],
              [-120.0, -125.0, -130.0]])
print(O.exp())
naive_softmax(O)
# Out:
#
# [[inf inf inf]
#  [ 0.  0.  0.]]
# <NDArray 2x3 @cpu(0)>
#
# [[nan nan nan]
#  [nan nan nan]]
# <NDArray 2x3 @cpu(0)>

# %% [6] chapters/en/basics/softmax-regression-gluon.md:103
def stable_log_softmax(O):
    shifted = O - O.max(axis=1, keepdims=True)
    return shifted - shifted.exp().sum(axis=1, keepdims=True).log()

log_P = stable_log_softmax(O)
print(log_P)
log_P.exp()
# Out:
#
# [[-6.7604627e-03 -5.0067606e+00 -1.0006761e+01]
#  [-6.7604627e-03 -5.0067606e+00 -1.0006761e+01]]
# <NDArray 2x3 @cpu(0)>
#
# [[9.9326235e-01 6.6925483e-03 4.5094035e-05]
#  [9.9326235e-01 6.6925483e-03 4.5094035e-05]]
# <NDArray 2x3 @cpu(0)>

# %% [7] chapters/en/basics/softmax-regression-gluon.md:119
O2 = nd.array([[-50.0, 60.0]])
y2 = nd.array([0])
print(naive_softmax(O2))
print(-nd.pick(naive_softmax(O2), y2).log())
-nd.pick(stable_log_softmax(O2), y2)
# Out:
#
# [[0. 1.]]
# <NDArray 1x2 @cpu(0)>
#
# [inf]
# <NDArray 1 @cpu(0)>
#
# [110.]
# <NDArray 1 @cpu(0)>

# %% [8] chapters/en/basics/softmax-regression-gluon.md:138
loss = gluon.loss.SoftmaxCrossEntropyLoss()
print(loss(O, nd.array([2, 2])))
print(-nd.pick(log_P, nd.array([2, 2])))
loss(O2, y2)
# Out:
#
# [10.006759 10.006759]
# <NDArray 2 @cpu(0)>
#
# [10.006761 10.006761]
# <NDArray 2 @cpu(0)>
#
# [110.]
# <NDArray 1 @cpu(0)>

# %% [9] chapters/en/basics/softmax-regression-gluon.md:154
trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.5})
num_epochs = 10
history = mb.train_classifier(net, train_iter, test_iter, loss, num_epochs,
                              update=lambda bs: trainer.step(bs))
# Out:
# epoch  1  loss 1.6108  train acc 0.696  test acc 0.655
# epoch  2  loss 0.8651  train acc 0.884  test acc 0.748
# epoch  3  loss 0.6049  train acc 0.917  test acc 0.880
# epoch  4  loss 0.4813  train acc 0.927  test acc 0.849
# epoch  5  loss 0.4126  train acc 0.933  test acc 0.849
# epoch  6  loss 0.3676  train acc 0.941  test acc 0.915
# epoch  7  loss 0.3293  train acc 0.941  test acc 0.927
# epoch  8  loss 0.3009  train acc 0.946  test acc 0.924
# epoch  9  loss 0.2824  train acc 0.951  test acc 0.886
# epoch 10  loss 0.2687  train acc 0.950  test acc 0.895

# %% [10] chapters/en/basics/softmax-regression-gluon.md:175
X, y = next(iter(test_iter))
probs = nd.softmax(net(X[:4]))
print("label:     ", y[:4].asnumpy())
print("predicted: ", probs.argmax(axis=1).asnumpy())
print("confidence:", probs.max(axis=1).asnumpy().round(3))
# Out:
# label:      [6. 0. 5. 9.]
# predicted:  [6. 0. 5. 9.]
# confidence: [0.963 0.976 0.967 0.767]
