# Generated from chapters/en/preliminaries/autograd.md by `make examples`; do not edit.
# Run it: python examples/preliminaries/autograd.py

# %% [1] chapters/en/preliminaries/autograd.md:21
import mxnet as mx
import numpy as np
from mxnet import autograd, nd

mx.random.seed(3)
np.random.seed(3)

# %% [2] chapters/en/preliminaries/autograd.md:46
x = nd.arange(4).reshape((4, 1))
x
# Out:
#
# [[0.]
#  [1.]
#  [2.]
#  [3.]]
# <NDArray 4x1 @cpu(0)>

# %% [3] chapters/en/preliminaries/autograd.md:54
x.attach_grad()
x.grad
# Out:
#
# [[0.]
#  [0.]
#  [0.]
#  [0.]]
# <NDArray 4x1 @cpu(0)>

# %% [4] chapters/en/preliminaries/autograd.md:64
with autograd.record():
    y = 2 * nd.dot(x.T, x)
y
# Out:
#
# [[28.]]
# <NDArray 1x1 @cpu(0)>

# %% [5] chapters/en/preliminaries/autograd.md:73
y.backward()
x.grad
# Out:
#
# [[ 0.]
#  [ 4.]
#  [ 8.]
#  [12.]]
# <NDArray 4x1 @cpu(0)>

# %% [6] chapters/en/preliminaries/autograd.md:81
assert (x.grad == 4 * x).min().asscalar() == 1
(x.grad == 4 * x).min().asscalar() == 1
# Out:
# True

# %% [7] chapters/en/preliminaries/autograd.md:112
with autograd.record():
    z = x ** 3
z.backward()
grad_vector_output = x.grad.copy()

with autograd.record():
    s = (x ** 3).sum()
s.backward()
print(grad_vector_output.T, x.grad.T)
(grad_vector_output == x.grad).min().asscalar() == 1
# Out:
#
# [[ 0.  3. 12. 27.]]
# <NDArray 1x4 @cpu(0)>
# [[ 0.  3. 12. 27.]]
# <NDArray 1x4 @cpu(0)>
# True

# %% [8] chapters/en/preliminaries/autograd.md:134
autograd.is_training()
# Out:
# False

# %% [9] chapters/en/preliminaries/autograd.md:140
with autograd.record():
    print(autograd.is_training())
# Out:
# True

# %% [10] chapters/en/preliminaries/autograd.md:149
with autograd.record(train_mode=False):
    print(autograd.is_training(), autograd.is_recording())
# Out:
# False True

# %% [11] chapters/en/preliminaries/autograd.md:163
def zigzag(a):
    h = a * 0.5
    rounds = 0
    while h.norm().asscalar() < 10:
        h = h * 3
        rounds += 1
    if rounds % 2 == 1:
        h = -h
    return h

# %% [12] chapters/en/preliminaries/autograd.md:177
a = nd.random.normal(shape=1)
a.attach_grad()
with autograd.record():
    out = zigzag(a)
out.backward()
print(a, out)
# Out:
#
# [-1.6360921]
# <NDArray 1 @cpu(0)>
# [22.087242]
# <NDArray 1 @cpu(0)>

# %% [13] chapters/en/preliminaries/autograd.md:191
print(a.grad, out / a)
nd.abs(a.grad - out / a).asscalar() < 1e-6
# Out:
#
# [-13.5]
# <NDArray 1 @cpu(0)>
# [-13.5]
# <NDArray 1 @cpu(0)>
# True
