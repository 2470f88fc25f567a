# Generated from chapters/en/preliminaries/lookup-api.md by `make examples`; do not edit.
# Run it: python examples/preliminaries/lookup-api.py

# %% [1] chapters/en/preliminaries/lookup-api.md:19
import inspect
import pydoc

import mxnet as mx
import numpy as np
from mxnet import nd

mx.random.seed(5)
np.random.seed(5)

# %% [2] chapters/en/preliminaries/lookup-api.md:37
[name for name in dir(nd.random) if not name.startswith('_')]
# Out:
# ['NDArray',
#  'current_context',
#  'exponential',
#  'exponential_like',
#  'gamma',
#  'gamma_like',
#  'generalized_negative_binomial',
#  'generalized_negative_binomial_like',
#  'multinomial',
#  'negative_binomial',
#  'negative_binomial_like',
#  'normal',
#  'normal_like',
#  'numeric_types',
#  'poisson',
#  'poisson_like',
#  'randint',
#  'randn',
#  'shuffle',
#  'uniform',
#  'uniform_like']

# %% [3] chapters/en/preliminaries/lookup-api.md:50
[name for name in dir(nd) if 'arg' in name]
# Out:
# ['argmax', 'argmax_channel', 'argmin', 'argsort']

# %% [4] chapters/en/preliminaries/lookup-api.md:59
print(nd is mx.ndarray)
print(nd.ones.__module__)
print(mx.np.ones.__module__)
# Out:
# True
# mxnet.ndarray.ndarray
# mxnet.numpy

# %% [5] chapters/en/preliminaries/lookup-api.md:71
text = pydoc.render_doc(nd.ones, renderer=pydoc.plaintext)
print('\n'.join(text.splitlines()[:4]))
# Out:
# Python Library Documentation: function ones in module mxnet.ndarray.ndarray
#
# ones(shape, ctx=None, dtype=None, **kwargs)
#     Returns a new array filled with all ones, with the given shape and type.

# %% [6] chapters/en/preliminaries/lookup-api.md:85
print('\n'.join(nd.ones.__doc__.splitlines()[:9]))
# Out:
# Returns a new array filled with all ones, with the given shape and type.
#
#     Parameters
#     ----------
#     shape : int or tuple of int or list of int
#         The shape of the empty array.
#     ctx : Context, optional
#         An optional device context.
#         Defaults to the current default context (``mxnet.context.current_context()``).

# %% [7] chapters/en/preliminaries/lookup-api.md:92
inspect.signature(nd.random.normal)
# Out:
# <Signature (loc=0, scale=1, shape=_Null, dtype=_Null, ctx=None, out=None, **kwargs)>

# %% [8] chapters/en/preliminaries/lookup-api.md:101
[line for line in nd.argsort.__doc__.splitlines() if line.startswith('dtype')]
# Out:
# ["dtype : {'float16', 'float32', 'float64', 'int32', 'int64', 'uint8'},optional, default='float32'"]

# %% [9] chapters/en/preliminaries/lookup-api.md:107
order = nd.argsort(nd.array([0.3, 0.1, 0.2]))
print(order)
print(order.dtype)
# Out:
#
# [1. 2. 0.]
# <NDArray 3 @cpu(0)>
# <class 'numpy.float32'>

# %% [10] chapters/en/preliminaries/lookup-api.md:120
nd.ones(1).asnumpy()
# Out:
# array([1.], dtype=float32)
